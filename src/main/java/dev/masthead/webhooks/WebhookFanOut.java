package dev.masthead.webhooks;

import dev.masthead.events.ChangeEvent;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns change events into deliveries, one per event and endpoint that wants it. Every instance
 * polls; the one that holds the relay row's lock reads the events after the relay's position,
 * writes their deliveries and moves the position, all in one transaction, so each event is fanned
 * out exactly once. Events are numbered in commit order, so none is passed over. Endpoints get
 * the events recorded after they were created, and none while disabled.
 */
@ApplicationScoped
public class WebhookFanOut {

    private static final int BATCH = 200;

    private final EntityManager entities;
    private final WebhookPayloads payloads;
    private final WebhookDeliveries deliveries;
    private final WebhooksConfig config;
    private final Clock clock;

    public WebhookFanOut(EntityManager entities, WebhookPayloads payloads, WebhookDeliveries deliveries,
            WebhooksConfig config, Clock clock) {
        this.entities = entities;
        this.payloads = payloads;
        this.deliveries = deliveries;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "webhook-fan-out", every = "${masthead.webhooks.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        try {
            while (fanOut() == BATCH) {
                // A full batch: more events wait.
            }
        } catch (RuntimeException e) {
            Log.warnf(e, "Webhook fan-out failed; the next poll tries again");
        }
    }

    /** Fans out the next batch of events; returns how many events it read. */
    public int fanOut() {
        var queued = new ArrayList<Long>();
        int read = QuarkusTransaction.requiringNew().call(() -> fanOut(queued));
        queued.forEach(deliveries::sendSoon);
        return read;
    }

    private int fanOut(List<Long> queued) {
        var relay = entities.find(WebhookRelay.class, 1, LockModeType.PESSIMISTIC_WRITE);
        List<ChangeEvent> events = ChangeEvent.find("seq > ?1 order by seq", relay.lastSeq).page(0, BATCH).list();
        if (events.isEmpty()) {
            return 0;
        }
        List<WebhookEndpoint> endpoints = WebhookEndpoint.list("enabled = true order by id");
        if (!endpoints.isEmpty()) {
            var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            var bodies = payloads.of(events);
            for (var event : events) {
                var type = WebhookEventTypes.of(event.entityType, event.kind);
                for (var endpoint : endpoints) {
                    if (event.seq > endpoint.afterSeq && endpoint.wants(type)) {
                        var delivery = new WebhookDelivery();
                        delivery.endpointId = endpoint.id;
                        delivery.eventSeq = event.seq;
                        delivery.eventType = type;
                        delivery.messageId = "msg_" + event.seq + "_" + endpoint.id;
                        delivery.orderingKey = "webhook:" + endpoint.id + ":" + event.entityType + ":" + event.entityId;
                        delivery.payload = bodies.get(event.seq);
                        delivery.status = WebhookDelivery.Status.PENDING;
                        delivery.createdAt = now;
                        queued.add(deliveries.enqueue(delivery, now));
                    }
                }
            }
        }
        relay.lastSeq = events.get(events.size() - 1).seq;
        return events.size();
    }

    /** Drops deliveries, and their attempts, older than the log keeps; pending ones stay. */
    @Scheduled(identity = "webhook-log-prune", every = "1h", delayed = "1m")
    void prune() {
        try {
            var before = clock.instant().minus(config.logRetention());
            int dropped = QuarkusTransaction.requiringNew().call(() -> entities
                    .createQuery("delete from WebhookDelivery d where d.createdAt < :before and d.status <> :pending")
                    .setParameter("before", before).setParameter("pending", WebhookDelivery.Status.PENDING)
                    .executeUpdate());
            if (dropped > 0) {
                Log.infof("Dropped %d webhook deliveries older than %s from the log", dropped, config.logRetention());
            }
        } catch (RuntimeException e) {
            Log.warnf(e, "Pruning the webhook log failed; the next run tries again");
        }
    }
}
