package dev.masthead.content.article;

import dev.masthead.content.ContentConfig;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Renders stored bodies that have no rendering yet: every body written before renderings
 * were stored, and every body again after {@link BodyRendering#RULES} changes (with a
 * migration that clears the keys). A batch per transaction until none is left, found through
 * the {@code rendered_key} index; then nothing more until the next start. Several instances
 * may run it at once: a row is written only while it still has no rendering, so a body an
 * editor saved meanwhile keeps its own.
 */
@ApplicationScoped
public class BodyBackfill {

    /** Marks a body whose blocks cannot be rendered, so the job does not try it on every run. */
    static final String UNRENDERABLE = "unrenderable";

    private final EntityManager entities;
    private final BodyRendering rendering;
    private final ContentConfig config;

    /** Whether this instance has found no body left without a rendering. */
    private volatile boolean done;

    public BodyBackfill(EntityManager entities, BodyRendering rendering, ContentConfig config) {
        this.entities = entities;
        this.rendering = rendering;
        this.config = config;
    }

    @Scheduled(identity = "body-backfill", every = "${masthead.content.render-interval}",
            delayed = "${masthead.content.render-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (done) {
            return;
        }
        try {
            int total = 0;
            for (int batch; (batch = renderBatch()) > 0;) {
                total += batch;
            }
            if (total > 0) {
                Log.infof("Rendered %d stored article bodies", total);
            }
            // Only a migration leaves bodies without a rendering, and migrations run before start.
            done = true;
        } catch (RuntimeException e) {
            Log.warnf(e, "Rendering stored article bodies failed; the next run tries again");
        }
    }

    /** Renders the next batch of bodies without a rendering; returns how many it looked at. */
    public int renderBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            // No order: the rows come from the rendered_key index, never from a walk of the table.
            List<Object[]> rows = entities.createNativeQuery("select article_id, blocks from article_body"
                            + " where rendered_key is null")
                    .setMaxResults(config.renderBatch()).getResultList();
            for (var row : rows) {
                long id = ((Number) row[0]).longValue();
                var blocks = (String) row[1];
                BodyRendering.Rendered rendered;
                try {
                    rendered = rendering.render(blocks);
                } catch (RuntimeException | StackOverflowError e) {
                    Log.warnf("The body of article %d cannot be rendered; reads try again: %s", id, e);
                    entities.createNativeQuery("update article_body set rendered_key = ?1"
                                    + " where article_id = ?2 and rendered_key is null")
                            .setParameter(1, UNRENDERABLE).setParameter(2, id).executeUpdate();
                    continue;
                }
                entities.createNativeQuery("update article_body set rendered = ?1, rendered_key = ?2"
                                + " where article_id = ?3 and rendered_key is null")
                        .setParameter(1, rendered.rendered()).setParameter(2, rendered.key()).setParameter(3, id)
                        .executeUpdate();
            }
            return rows.size();
        });
    }
}
