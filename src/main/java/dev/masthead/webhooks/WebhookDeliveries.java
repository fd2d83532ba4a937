package dev.masthead.webhooks;

import dev.masthead.events.Outbox;
import dev.masthead.events.OutboxHandler;
import dev.masthead.events.Postpone;
import dev.masthead.events.RetryLater;
import dev.masthead.events.RetrySchedule;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends webhook deliveries through the {@link Outbox}: at least once, in order per endpoint and
 * entity, retried on the Standard Webhooks schedule (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h,
 * 20 h, 24 h after the first attempt's failure, each give or take a tenth: about three days).
 * Every attempt is logged. A 410 Gone disables the endpoint at once; a delivery whose every
 * attempt failed, with nothing delivered to its endpoint since, disables the endpoint too, and
 * says why on it.
 */
@ApplicationScoped
public class WebhookDeliveries implements OutboxHandler {

    static final String TOPIC = "webhook";
    private static final List<Duration> SCHEDULE = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(14),
            Duration.ofHours(20), Duration.ofHours(24));
    private static final int MAX_ERROR_LENGTH = 1000;
    private static final Duration WAIT_FOR_TURN = Duration.ofSeconds(10);

    private final Map<Long, Semaphore> failingInFlight = new ConcurrentHashMap<>();

    /** What one attempt needs, read before sending. */
    private record Job(long endpointId, boolean failing, String url, String messageId, String payload,
            List<String> secrets) {
    }

    private final Outbox outbox;
    private final WebhookSender sender;
    private final Clock clock;

    public WebhookDeliveries(Outbox outbox, WebhookSender sender, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.clock = clock;
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    /** The wait before attempt {@code failures + 1}, with a tenth of jitter either way; empty after the last. */
    static Optional<Duration> retryDelay(int failures) {
        if (failures < 1 || failures > SCHEDULE.size()) {
            return Optional.empty();
        }
        var base = SCHEDULE.get(failures - 1).toMillis();
        return Optional.of(Duration.ofMillis(Math.round(base * ThreadLocalRandom.current().nextDouble(0.9, 1.1))));
    }

    @Override
    public RetrySchedule retrySchedule() {
        return WebhookDeliveries::retryDelay;
    }

    /** Writes a delivery into the caller's transaction and queues it; returns its outbox row. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long enqueue(WebhookDelivery delivery, Instant now) {
        delivery.persist();
        return outbox.enqueue(TOPIC, delivery.orderingKey, delivery.id.toString(), now);
    }

    /** Queues a delivery again, as it stands (same webhook-id, same body). */
    @Transactional(Transactional.TxType.MANDATORY)
    public long redeliver(WebhookDelivery delivery, Instant now) {
        delivery.status = WebhookDelivery.Status.PENDING;
        return outbox.enqueueOnce(TOPIC, delivery.orderingKey, delivery.id.toString(), now);
    }

    public void sendSoon(long outboxId) {
        outbox.sendSoon(outboxId);
    }

    @Override
    public void deliver(String payload) {
        long id = Long.parseLong(payload);
        var prepared = QuarkusTransaction.requiringNew().call(() -> prepare(id));
        if (prepared.isEmpty()) {
            return;
        }
        var job = prepared.get();
        if (!job.failing()) {
            checkResult(attempt(id, job));
            return;
        }
        // A receiver that is failing (refusing, timing out) holds at most one sender per instance;
        // its other deliveries wait their turn instead of tying up the threads others need.
        var turn = failingInFlight.computeIfAbsent(job.endpointId(), endpoint -> new Semaphore(1));
        if (!turn.tryAcquire()) {
            throw new Postpone("endpoint " + job.endpointId() + " is failing and has a delivery in flight", WAIT_FOR_TURN);
        }
        try {
            checkResult(attempt(id, job));
        } finally {
            turn.release();
        }
    }

    private static void checkResult(WebhookSender.Result result) {
        if (!result.delivered() && !result.gone()) {
            throw result.retryAfter() == null ? new DeliveryFailed(result.error())
                    : new RetryLater(result.error(), result.retryAfter());
        }
    }

    /** Sends one attempt now and logs it; the answer says how it went. */
    WebhookSender.Result attempt(long deliveryId, Job job) {
        var result = sender.send(job.url(), job.messageId(), clock.instant().getEpochSecond(), job.payload(),
                job.secrets());
        QuarkusTransaction.requiringNew().run(() -> record(deliveryId, result));
        return result;
    }

    /** Sends a delivery once, now, outside the outbox (a ping); returns the attempt as logged. */
    WebhookSender.Result attemptNow(long deliveryId) {
        var job = QuarkusTransaction.requiringNew().call(() -> prepare(deliveryId));
        return job.map(j -> attempt(deliveryId, j)).orElseThrow();
    }

    @Override
    public void gaveUp(String payload) {
        WebhookDelivery delivery = WebhookDelivery.findById(Long.parseLong(payload));
        if (delivery == null) {
            return;
        }
        delivery.status = WebhookDelivery.Status.FAILED;
        // Disabled only when nothing reached the endpoint since this delivery's first attempt:
        // one message its receiver refuses must not cut off an endpoint that takes the rest.
        var firstAttempt = WebhookAttempt.getEntityManager()
                .createQuery("select min(a.attemptedAt) from WebhookAttempt a where a.deliveryId = :id", Instant.class)
                .setParameter("id", delivery.id).getSingleResult();
        if (firstAttempt != null) {
            disable(delivery.endpointId, firstAttempt, "Every attempt to deliver " + delivery.eventType + " (delivery "
                    + delivery.id + ") failed for about three days, and nothing reached the endpoint since "
                    + firstAttempt + ". Fix the receiver, then enable the endpoint again (PATCH enabled: true) and "
                    + "redeliver what the log shows as failed or skipped.");
        }
    }

    private Optional<Job> prepare(long id) {
        WebhookDelivery delivery = WebhookDelivery.findById(id);
        if (delivery == null) {
            return Optional.empty();
        }
        WebhookEndpoint endpoint = WebhookEndpoint.findById(delivery.endpointId);
        if (endpoint == null) {
            return Optional.empty();
        }
        if (!endpoint.enabled && !WebhookEventTypes.PING.equals(delivery.eventType)) {
            delivery.status = WebhookDelivery.Status.SKIPPED;
            return Optional.empty();
        }
        return Optional.of(new Job(endpoint.id, endpoint.failingSince != null, endpoint.url, delivery.messageId, delivery.payload,
                endpoint.signingSecrets(clock.instant())));
    }

    /**
     * Logs an attempt. The endpoint's own row is changed by targeted updates only, never by
     * writing back what was read: a rotation, a PATCH or a disable that commits meanwhile stays.
     */
    private void record(long deliveryId, WebhookSender.Result result) {
        WebhookDelivery delivery = WebhookDelivery.findById(deliveryId);
        if (delivery == null) {
            return;
        }
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var attempt = new WebhookAttempt();
        attempt.deliveryId = deliveryId;
        attempt.attemptedAt = now;
        attempt.statusCode = result.statusCode();
        attempt.latencyMs = result.latencyMs();
        attempt.error = result.error() == null || result.error().length() <= MAX_ERROR_LENGTH ? result.error()
                : result.error().substring(0, MAX_ERROR_LENGTH);
        attempt.persist();
        delivery.attempts++;
        delivery.lastAttemptAt = now;
        var entities = WebhookEndpoint.getEntityManager();
        if (result.delivered()) {
            delivery.status = WebhookDelivery.Status.DELIVERED;
            delivery.deliveredAt = now;
            entities.createQuery("update WebhookEndpoint e set e.failingSince = null where e.id = :id"
                    + " and e.failingSince is not null").setParameter("id", delivery.endpointId).executeUpdate();
            return;
        }
        entities.createQuery("update WebhookEndpoint e set e.failingSince = :now where e.id = :id"
                + " and e.failingSince is null").setParameter("now", now).setParameter("id", delivery.endpointId)
                .executeUpdate();
        if (result.gone()) {
            delivery.status = WebhookDelivery.Status.FAILED;
            disable(delivery.endpointId, null, "The receiver answered 410 Gone to delivery " + deliveryId + " at " + now
                    + ": it wants no more webhooks. Enable the endpoint again (PATCH enabled: true) to resume.");
        }
    }

    /** Disables an enabled endpoint; with {@code failingSince}, only if it has failed since then without a success. */
    private void disable(long endpointId, Instant failingSince, String reason) {
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var disabled = WebhookEndpoint.getEntityManager()
                .createQuery("update WebhookEndpoint e set e.enabled = false, e.disabledReason = :reason,"
                        + " e.disabledAt = :now, e.updatedAt = :now, e.version = e.version + 1"
                        + " where e.id = :id and e.enabled = true"
                        + (failingSince == null ? "" : " and e.failingSince is not null and e.failingSince <= :since"))
                .setParameter("reason", reason).setParameter("now", now).setParameter("id", endpointId);
        if (failingSince != null) {
            disabled.setParameter("since", failingSince);
        }
        if (disabled.executeUpdate() > 0) {
            Log.warnf("Webhook endpoint %d disabled: %s", endpointId, reason);
        }
    }

    /** A failed attempt, retried on the schedule. */
    static final class DeliveryFailed extends RuntimeException {

        DeliveryFailed(String message) {
            super(message, null, false, false);
        }
    }
}
