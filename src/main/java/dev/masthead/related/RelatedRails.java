package dev.masthead.related;

import dev.masthead.content.article.ArticleRef;
import dev.masthead.events.ChangeEvent;
import dev.masthead.web.cache.StaleAnswers;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the stored rankings of related teasers up. Three ways in, all bounded per step:
 * <ul>
 * <li>Change events (a relay like the webhooks' fan-out: every instance polls, the one holding the
 * relay row's lock applies the events after its position and moves it in the same transaction).
 * An article that was or is public re-ranks itself, the newest {@code maintained} articles
 * sharing its section, tags or authors (the rails it may enter) and the newest
 * {@code maintained} rails that show it (the rails it may leave or move in).</li>
 * <li>A sweep, under the same lock: ranks the newest {@code backfill} articles that have no
 * ranking yet, a batch per run, and re-ranks rankings older than {@code refresh-after}, so rails
 * of older articles, which change events leave alone, take in newer articles too.</li>
 * <li>A read that finds no ranking ranks and stores it ({@link RelatedService}).</li>
 * </ul>
 */
@ApplicationScoped
public class RelatedRails {

    private static final int EVENTS = 20;

    private final EntityManager entities;
    private final RelatedStore store;
    private final RelatedRanking ranking;
    private final RelatedRepository repository;
    private final RelatedConfig config;
    private final Clock clock;
    private final Event<StaleAnswers> stale;

    /** Where the backfill's walk of the archive stands on this instance; null before it starts. */
    private RelatedStore.Position walked;
    private int backfilled;

    public RelatedRails(EntityManager entities, RelatedStore store, RelatedRanking ranking,
            RelatedRepository repository, RelatedConfig config, Clock clock, Event<StaleAnswers> stale) {
        this.entities = entities;
        this.store = store;
        this.ranking = ranking;
        this.repository = repository;
        this.config = config;
        this.clock = clock;
        this.stale = stale;
    }

    /** The ids of the article's best teasers as they are stored: pins and exclusions apart. */
    List<Long> rankingOf(ArticleRef article, Instant now) {
        var signals = repository.signals(article, List.of(), now);
        return ranking.rank(signals, List.of(), now, config.stored()).stream().map(RelatedCandidate::id).toList();
    }

    /** Ranks the article anew and stores it, or forgets its ranking when it is not visible. Needs a transaction. */
    void rerank(long articleId, Instant now) {
        var article = store.visible(articleId, now);
        if (article.isEmpty()) {
            store.drop(articleId);
        } else {
            store.replace(articleId, rankingOf(article.get(), now), now);
            // Cached related answers drop when the new ranking commits: this article's REST one, and
            // every GraphQL answer with a related field (which cannot name the article it belongs to).
            stale.fire(new StaleAnswers(Set.of("related-" + article.get().slug(), "related")));
        }
    }

    @Scheduled(identity = "related-relay", every = "${masthead.related.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        try {
            while (relay() == EVENTS) {
                // A full batch: more events wait.
            }
        } catch (RuntimeException e) {
            Log.warnf(e, "Re-ranking related teasers from change events failed; the next poll tries again");
        }
    }

    /** Applies the next batch of change events to the stored rankings; returns how many events it read. */
    public int relay() {
        return QuarkusTransaction.requiringNew().call(() -> {
            long position = lockRelay();
            List<ChangeEvent> events = ChangeEvent.find("seq > ?1 order by seq", position).page(0, EVENTS).list();
            if (events.isEmpty()) {
                return 0;
            }
            var now = clock.instant();
            var affected = new LinkedHashSet<Long>();
            for (var event : events) {
                if ("article".equals(event.entityType) && (event.publicBefore || event.publicAfter)) {
                    affected.addAll(affectedBy(event.entityId, now));
                }
            }
            affected.forEach(id -> rerank(id, now));
            entities.createNativeQuery("update related_relay set last_seq = ?1 where id = 1")
                    .setParameter(1, events.get(events.size() - 1).seq).executeUpdate();
            return events.size();
        });
    }

    /** The article itself, the newest rails it may enter and the newest rails that show it. */
    private Set<Long> affectedBy(long articleId, Instant now) {
        var affected = new LinkedHashSet<Long>();
        affected.add(articleId);
        var article = store.visible(articleId, now);
        if (article.isPresent()) {
            var signals = repository.signals(article.get(), List.of(), now);
            repository.candidates(signals, List.of(), now, config.maintained()).forEach(c -> affected.add(c.id()));
        }
        affected.addAll(store.railsShowing(articleId, config.maintained()));
        return affected;
    }

    @Scheduled(identity = "related-sweep", every = "${masthead.related.sweep-interval}",
            delayed = "${masthead.related.sweep-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledSweep() {
        try {
            sweep();
        } catch (RuntimeException e) {
            Log.warnf(e, "Ranking related teasers in the background failed; the next run tries again");
        }
    }

    /**
     * Ranks one batch: articles among the newest {@code backfill} without a ranking, then
     * rankings older than {@code refresh-after}. Returns how many it ranked.
     */
    public int sweep() {
        int batch = config.sweepBatch();
        if (batch <= 0) {
            return 0;
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            lockRelay();
            var now = clock.instant();
            int ranked = 0;
            if (backfilled < config.backfill()) {
                var rows = store.walk(walked, now, Math.min(batch, config.backfill() - backfilled));
                for (var row : rows) {
                    long id = ((Number) row[0]).longValue();
                    if (((Number) row[2]).longValue() == 0) {
                        rerank(id, now);
                        ranked++;
                    }
                    walked = new RelatedStore.Position(RelatedStore.instant(row[1]), id);
                }
                backfilled = rows.isEmpty() ? config.backfill() : backfilled + rows.size();
            }
            if (ranked < batch) {
                for (var id : store.computedBefore(now.minus(config.refreshAfter()), batch - ranked)) {
                    rerank(id, now);
                    ranked++;
                }
            }
            return ranked;
        });
    }

    /** Takes the relay row's lock for this transaction; returns the relay's position. */
    private long lockRelay() {
        return ((Number) entities.createNativeQuery("select last_seq from related_relay where id = 1 for update")
                .getSingleResult()).longValue();
    }
}
