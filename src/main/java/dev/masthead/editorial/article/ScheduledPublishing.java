package dev.masthead.editorial.article;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Makes scheduled articles live when their time comes. Every instance polls; each due
 * article is published in its own transaction under a row lock, so with several instances
 * on one database an article is published, and its event recorded, exactly once.
 */
@ApplicationScoped
public class ScheduledPublishing {

    private static final int BATCH = 100;

    private final ArticleEditor editor;

    public ScheduledPublishing(ArticleEditor editor) {
        this.editor = editor;
    }

    @Scheduled(identity = "scheduled-publishing", every = "${masthead.editorial.publish-poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        try {
            publishDue();
        } catch (RuntimeException e) {
            Log.warnf(e, "Scheduled publishing failed; the next poll tries again");
        }
    }

    /** Publishes what is due now; returns how many articles this call published. */
    public int publishDue() {
        int published = 0;
        for (var id : editor.due(BATCH)) {
            try {
                if (editor.publishDue(id)) {
                    published++;
                    Log.infof("Published scheduled article %d", id);
                }
            } catch (RuntimeException e) {
                // One article that cannot go live must not hold back the ones due after it.
                Log.errorf(e, "Scheduled article %d could not be published; the next poll tries again", id);
            }
        }
        return published;
    }
}
