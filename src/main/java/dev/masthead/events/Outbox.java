package dev.masthead.events;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.RejectedExecutionException;

/**
 * The one delivery outbox: what Masthead sends out of its own (newsletter mails, webhooks)
 * waits here until its {@link OutboxHandler} has delivered it. A change that calls for a
 * delivery writes a row in its own transaction; right after the commit the row is sent, and
 * a periodic sweep on every instance picks up rows that failed (retried with backoff) or that
 * a crash left behind. One sender at a time owns a row through its claim, so two instances
 * never deliver the same row at once; a crash between a delivery and the row's deletion
 * repeats it, never drops it.
 *
 * <p>Rows with the same ordering key go out in id order: a row is not claimed while an older
 * row with its key is still waiting, failing or being sent. Ids follow insertion, so writers
 * that need the order hold a lock on what the key names (as the newsletter does on the
 * subscription) while they enqueue.
 */
@ApplicationScoped
public class Outbox {

    private static final Duration MAX_RETRY_DELAY = Duration.ofHours(1);
    private static final Duration MAX_RETRY_LATER = Duration.ofDays(1);
    private static final int SWEEP_BATCH = 50;
    private static final int MAX_ERROR_LENGTH = 1000;

    private final Map<String, OutboxHandler> handlers = new HashMap<>();
    private final RetrySchedule defaultSchedule;
    private final Duration claim;
    private final Semaphore senders;
    private final Executor workers = Infrastructure.getDefaultWorkerPool();
    private final Clock clock;

    public Outbox(@Any Instance<OutboxHandler> handlers, OutboxConfig config, Clock clock) {
        for (var handler : handlers) {
            if (this.handlers.put(handler.topic(), handler) != null) {
                throw new IllegalStateException("Two outbox handlers for the topic " + handler.topic());
            }
        }
        this.clock = clock;
        this.claim = config.claim();
        // Deliveries may wait on slow receivers: at most this many run at once on Quarkus's worker
        // threads, so the rest of the pool stays free for requests.
        this.senders = new Semaphore(config.senders());
        this.defaultSchedule = failures -> {
            if (failures >= config.maxAttempts()) {
                return Optional.empty();
            }
            var delay = config.retryDelay().multipliedBy(1L << Math.min(failures - 1, 20));
            return Optional.of(delay.compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : delay);
        };
    }

    /**
     * Writes a delivery into the caller's transaction and returns its id, for
     * {@link #sendSoon(long)} once that transaction has committed.
     *
     * @param orderingKey rows with the same key go out in id order; null for no order
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long enqueue(String topic, String orderingKey, String payload, Instant now) {
        var entry = new OutboxEntry();
        entry.topic = topic;
        entry.orderingKey = orderingKey;
        entry.payload = payload;
        entry.attempts = 0;
        entry.nextAttemptAt = now;
        entry.createdAt = now;
        entry.persist();
        return entry.id;
    }

    /**
     * Like {@link #enqueue}, unless the same delivery (topic, key and payload) already waits,
     * say for a retry: that one is brought forward instead, so the receiver does not get it
     * twice once it is back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long enqueueOnce(String topic, String orderingKey, String payload, Instant now) {
        OutboxEntry waiting = OutboxEntry.find("topic = ?1 and orderingKey = ?2 and payload = ?3 order by id",
                topic, orderingKey, payload).firstResult();
        if (waiting == null) {
            return enqueue(topic, orderingKey, payload, now);
        }
        if (waiting.claimedUntil == null || waiting.claimedUntil.isBefore(now)) {
            waiting.nextAttemptAt = now;
        }
        return waiting.id;
    }

    /** Drops, in the caller's transaction, the topic's rows with these ordering keys (say, of erased data). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void discard(String topic, Collection<String> orderingKeys) {
        if (!orderingKeys.isEmpty()) {
            OutboxEntry.delete("topic = ?1 and orderingKey in ?2", topic, orderingKeys);
        }
    }

    /**
     * Delivers a committed row off the caller's thread, so the caller's answer does not wait
     * for it. When every sender is busy, the row waits for the sweep.
     */
    public void sendSoon(long id) {
        if (!senders.tryAcquire()) {
            Log.debugf("Outbox senders busy; row %d waits for the sweep", id);
            return;
        }
        try {
            workers.execute(() -> {
                try {
                    deliverInOrder(id);
                } finally {
                    senders.release();
                }
            });
        } catch (RejectedExecutionException e) {
            senders.release();
            Log.debugf("Outbox senders busy; row %d waits for the sweep", id);
        }
    }

    /** Delivers what is due: retries, and rows a crash left behind. One sweep at a time per instance. */
    @Scheduled(identity = "outbox", every = "${masthead.outbox.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void sweep() {
        if (handlers.isEmpty()) {
            return;
        }
        try {
            var now = now();
            // Rows of topics this instance has no handler for (a newer instance's) are left to others.
            List<Long> due = QuarkusTransaction.requiringNew().call(() -> OutboxEntry.getEntityManager()
                    .createQuery("select o.id from OutboxEntry o where o.nextAttemptAt <= :now"
                            + " and (o.claimedUntil is null or o.claimedUntil < :now) and o.topic in :topics"
                            + " and not exists (select p.id from OutboxEntry p where p.orderingKey = o.orderingKey and p.id < o.id)"
                            + " order by o.nextAttemptAt, o.id", Long.class)
                    .setParameter("now", now)
                    .setParameter("topics", handlers.keySet())
                    .setMaxResults(SWEEP_BATCH)
                    .getResultList());
            due.forEach(this::deliverInOrder);
        } catch (RuntimeException e) {
            Log.errorf(e, "Outbox sweep failed");
        }
    }

    /**
     * Delivers the row, then, while deliveries succeed, the next row waiting behind it under the
     * same ordering key, so an ordered series goes out at once and not one row per sweep.
     */
    private void deliverInOrder(long id) {
        Long next = id;
        while (next != null) {
            var key = deliver(next);
            next = key == null ? null : QuarkusTransaction.requiringNew().call(() -> nextDue(key));
        }
    }

    private Long nextDue(String orderingKey) {
        List<Long> next = OutboxEntry.getEntityManager()
                .createQuery("select o.id from OutboxEntry o where o.orderingKey = :key and o.nextAttemptAt <= :now"
                        + " order by o.id", Long.class)
                .setParameter("key", orderingKey).setParameter("now", now()).setMaxResults(1).getResultList();
        return next.isEmpty() ? null : next.get(0);
    }

    /** Delivers one row; returns its ordering key when it was delivered and had one, else null. */
    private String deliver(long id) {
        Optional<OutboxEntry> claimed;
        try {
            claimed = QuarkusTransaction.requiringNew().call(() -> claim(id));
        } catch (RuntimeException e) {
            Log.errorf(e, "Could not claim outbox row %d", id);
            return null;
        }
        if (claimed.isEmpty()) {
            return null;
        }
        var handler = handlers.get(claimed.get().topic);
        var payload = claimed.get().payload;
        try {
            handler.deliver(payload);
        } catch (Postpone e) {
            QuarkusTransaction.requiringNew().run(() -> postponed(id, e.await()));
            return null;
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> failed(id, handler, e));
            return null;
        }
        QuarkusTransaction.requiringNew().run(() -> OutboxEntry.deleteById(id));
        return claimed.get().orderingKey;
    }

    /** Takes the row for this sender; empty when it is not (or no longer, or not yet) to be sent by it. */
    private Optional<OutboxEntry> claim(long id) {
        var now = now();
        var claimed = OutboxEntry.getEntityManager()
                .createQuery("update OutboxEntry o set o.claimedUntil = :until where o.id = :id and o.nextAttemptAt <= :now"
                        + " and (o.claimedUntil is null or o.claimedUntil < :now) and o.topic in :topics"
                        + " and not exists (select p.id from OutboxEntry p where p.orderingKey = o.orderingKey and p.id < o.id)")
                .setParameter("until", now.plus(claim))
                .setParameter("id", id)
                .setParameter("now", now)
                .setParameter("topics", handlers.keySet())
                .executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        return Optional.of(OutboxEntry.<OutboxEntry>findById(id));
    }

    private void postponed(long id, Duration wait) {
        OutboxEntry entry = OutboxEntry.findById(id);
        if (entry != null) {
            entry.nextAttemptAt = now().plus(wait);
            entry.claimedUntil = null;
        }
    }

    private void failed(long id, OutboxHandler handler, RuntimeException error) {
        OutboxEntry entry = OutboxEntry.findById(id);
        if (entry == null) {
            return;
        }
        entry.attempts++;
        var message = String.valueOf(error.getMessage());
        var schedule = handler.retrySchedule() == null ? defaultSchedule : handler.retrySchedule();
        var next = schedule.after(entry.attempts);
        if (next.isEmpty()) {
            Log.errorf("Outbox row %d (%s %s) given up after %d attempts: %s", id, entry.topic, entry.payload,
                    entry.attempts, message);
            handler.gaveUp(entry.payload);
            entry.delete();
            return;
        }
        var delay = next.get();
        if (error instanceof RetryLater later && later.await().compareTo(delay) > 0) {
            delay = later.await().compareTo(MAX_RETRY_LATER) > 0 ? MAX_RETRY_LATER : later.await();
        }
        entry.nextAttemptAt = now().plus(delay);
        entry.claimedUntil = null;
        entry.lastError = message.length() > MAX_ERROR_LENGTH ? message.substring(0, MAX_ERROR_LENGTH) : message;
        Log.warnf("Outbox row %d (%s %s) failed (attempt %d), retrying in %ds: %s", id, entry.topic, entry.payload,
                entry.attempts, delay.toSeconds(), message);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
