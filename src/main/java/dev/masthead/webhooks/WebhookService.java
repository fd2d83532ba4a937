package dev.masthead.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masthead.editorial.AdminCursor;
import dev.masthead.editorial.IfMatch;
import dev.masthead.editorial.MergePatch;
import dev.masthead.editorial.audit.Audit;
import dev.masthead.editorial.token.TokenPage;
import dev.masthead.web.problem.ConflictException;
import dev.masthead.web.problem.InvalidParameterException;
import dev.masthead.web.problem.InvalidStateException;
import dev.masthead.web.problem.NotFoundException;
import dev.masthead.web.problem.UnprocessableException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Collectors;

/** Webhook endpoints: registration, changes, secret rotation, the delivery log, pings and redeliveries. */
@ApplicationScoped
public class WebhookService {

    static final String TYPE = "webhook";
    static final Duration DEFAULT_OVERLAP = Duration.ofHours(24);
    static final Duration MAX_OVERLAP = Duration.ofDays(7);
    private static final int ATTEMPTS_SHOWN = 20;

    private final AddressGuard guard;
    private final WebhookDeliveries deliveries;
    private final WebhookPayloads payloads;
    private final WebhooksConfig config;
    private final Audit audit;
    private final ObjectMapper json;
    private final Clock clock;

    public WebhookService(AddressGuard guard, WebhookDeliveries deliveries, WebhookPayloads payloads,
            WebhooksConfig config, Audit audit, ObjectMapper json, Clock clock) {
        this.guard = guard;
        this.deliveries = deliveries;
        this.payloads = payloads;
        this.config = config;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public WebhookView create(JsonNode body, String actor) {
        var input = WebhookInput.from(body);
        checkAddress(input);
        if (WebhookEndpoint.count() >= config.maxEndpoints()) {
            throw new ConflictException("There are " + config.maxEndpoints() + " webhook endpoints, the most allowed "
                    + "(masthead.webhooks.max-endpoints); delete one first.");
        }
        var now = now();
        var endpoint = new WebhookEndpoint();
        apply(endpoint, input, now);
        endpoint.secret = WebhookSigner.newSecret();
        // Events recorded from here on are for it; none from before it existed.
        endpoint.afterSeq = ((Number) WebhookEndpoint.getEntityManager()
                .createNativeQuery("select last_seq from change_event_head where id = 1").getSingleResult()).longValue();
        endpoint.createdAt = now;
        endpoint.version = 0;
        endpoint.persist();
        audit.record(actor, "webhook.created", TYPE, endpoint.id.toString(), null, endpoint.version, endpoint.url);
        return WebhookView.of(endpoint, now, endpoint.secret);
    }

    @Transactional
    public WebhookPage list(int limit, String cursor) {
        List<WebhookEndpoint> rows = cursor == null ? WebhookEndpoint.find("order by id").page(0, limit + 1).list()
                : WebhookEndpoint.find("id > ?1 order by id", AdminCursor.decode(cursor).numericId()).page(0, limit + 1)
                        .list();
        var now = now();
        var views = rows.stream().limit(limit).map(e -> WebhookView.of(e, now)).toList();
        var next = rows.size() > limit ? new AdminCursor(Instant.EPOCH, rows.get(limit - 1).id.toString()).encode() : null;
        return new WebhookPage(views, new TokenPage.PageInfo(limit, next));
    }

    @Transactional
    public WebhookView get(long id) {
        return WebhookView.of(find(id, LockModeType.NONE), now());
    }

    /** A JSON Merge Patch; enabling a disabled endpoint clears why it was disabled. */
    @Transactional
    public WebhookView update(long id, JsonNode patch, IfMatch ifMatch, String actor) {
        var endpoint = find(id, LockModeType.PESSIMISTIC_WRITE);
        ifMatch.check(TYPE, endpoint.version);
        var input = WebhookInput.from(MergePatch.apply(WebhookInput.of(endpoint, json), patch));
        if (input.equals(new WebhookInput(endpoint.url, endpoint.description, endpoint.events(), endpoint.enabled))) {
            return WebhookView.of(endpoint, now());
        }
        if (!input.url().equals(endpoint.url)) {
            checkAddress(input);
        }
        var before = endpoint.version;
        apply(endpoint, input, now());
        endpoint.version = before + 1;
        audit.record(actor, "webhook.updated", TYPE, endpoint.id.toString(), before, endpoint.version, endpoint.url);
        return WebhookView.of(endpoint, now());
    }

    @Transactional
    public void delete(long id, IfMatch ifMatch, String actor) {
        var endpoint = find(id, LockModeType.PESSIMISTIC_WRITE);
        ifMatch.check(TYPE, endpoint.version);
        // Its deliveries and their attempts go with it; outbox rows left for them find nothing to send.
        WebhookDelivery.delete("endpointId", id);
        endpoint.delete();
        audit.record(actor, "webhook.deleted", TYPE, Long.toString(id), endpoint.version, null, endpoint.url);
    }

    /**
     * A new secret; the former one keeps signing for {@code overlap} (both signatures are sent),
     * so receivers can switch without losing a delivery.
     */
    @Transactional
    public WebhookView rotateSecret(long id, JsonNode body, IfMatch ifMatch, String actor) {
        var overlap = overlap(body);
        var endpoint = find(id, LockModeType.PESSIMISTIC_WRITE);
        ifMatch.check(TYPE, endpoint.version);
        var now = now();
        var before = endpoint.version;
        endpoint.previousSecret = overlap.isZero() ? null : endpoint.secret;
        endpoint.previousSecretUntil = overlap.isZero() ? null : now.plus(overlap);
        endpoint.secret = WebhookSigner.newSecret();
        endpoint.updatedAt = now;
        endpoint.version = before + 1;
        audit.record(actor, "webhook.secret-rotated", TYPE, endpoint.id.toString(), before, endpoint.version,
                "former secret signs until " + (overlap.isZero() ? "now" : endpoint.previousSecretUntil));
        return WebhookView.of(endpoint, now, endpoint.secret);
    }

    /** Newest first; the cursor is the last delivery's id. */
    @Transactional
    public WebhookDeliveryPage deliveries(long endpointId, int limit, String cursor) {
        find(endpointId, LockModeType.NONE);
        List<WebhookDelivery> rows = cursor == null
                ? WebhookDelivery.find("endpointId = ?1 order by id desc", endpointId).page(0, limit + 1).list()
                : WebhookDelivery.find("endpointId = ?1 and id < ?2 order by id desc", endpointId,
                        AdminCursor.decode(cursor).numericId()).page(0, limit + 1).list();
        var page = rows.stream().limit(limit).toList();
        var attempts = attempts(page.stream().map(d -> d.id).toList());
        var views = page.stream().map(d -> WebhookDeliveryView.of(d, attempts.getOrDefault(d.id, List.of()))).toList();
        var next = rows.size() > limit ? new AdminCursor(Instant.EPOCH, rows.get(limit - 1).id.toString()).encode() : null;
        return new WebhookDeliveryPage(views, new TokenPage.PageInfo(limit, next));
    }

    /** Queues a delivery again: same webhook-id, same body, freshly signed. */
    public WebhookDeliveryView redeliver(long endpointId, long deliveryId) {
        var outboxId = QuarkusTransaction.requiringNew().call(() -> {
            var endpoint = find(endpointId, LockModeType.NONE);
            if (!endpoint.enabled) {
                throw new InvalidStateException("The endpoint is disabled; enable it (PATCH enabled: true) first.");
            }
            WebhookDelivery delivery = WebhookDelivery.find("id = ?1 and endpointId = ?2", deliveryId, endpointId)
                    .firstResult();
            if (delivery == null) {
                throw NotFoundException.byId("delivery of this endpoint", deliveryId);
            }
            return deliveries.redeliver(delivery, now());
        });
        deliveries.sendSoon(outboxId);
        return QuarkusTransaction.requiringNew().call(() -> view(deliveryId));
    }

    /** Sends a ping now and answers how it went; it is logged as any delivery. */
    public WebhookDeliveryView ping(long endpointId) {
        long deliveryId = QuarkusTransaction.requiringNew().call(() -> {
            find(endpointId, LockModeType.NONE);
            var now = now();
            var delivery = new WebhookDelivery();
            delivery.endpointId = endpointId;
            delivery.eventType = WebhookEventTypes.PING;
            delivery.orderingKey = "webhook:" + endpointId + ":ping";
            delivery.payload = payloads.ping(endpointId, now);
            delivery.status = WebhookDelivery.Status.PENDING;
            delivery.createdAt = now;
            delivery.messageId = "pending";
            delivery.persist();
            delivery.messageId = "msg_ping_" + delivery.id;
            return delivery.id;
        });
        var result = deliveries.attemptNow(deliveryId);
        if (!result.delivered()) {
            QuarkusTransaction.requiringNew().run(() -> {
                WebhookDelivery delivery = WebhookDelivery.findById(deliveryId);
                if (delivery != null && delivery.status == WebhookDelivery.Status.PENDING) {
                    delivery.status = WebhookDelivery.Status.FAILED;
                }
            });
        }
        return QuarkusTransaction.requiringNew().call(() -> view(deliveryId));
    }

    private WebhookDeliveryView view(long deliveryId) {
        WebhookDelivery delivery = WebhookDelivery.findById(deliveryId);
        return WebhookDeliveryView.of(delivery, attempts(List.of(deliveryId)).getOrDefault(deliveryId, List.of()));
    }

    private static java.util.Map<Long, List<WebhookDeliveryView.Attempt>> attempts(List<Long> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return new HashMap<>();
        }
        List<WebhookAttempt> rows = WebhookAttempt.list("deliveryId in ?1 order by id desc", deliveryIds);
        return rows.stream().collect(Collectors.groupingBy(a -> a.deliveryId,
                Collectors.collectingAndThen(Collectors.toList(),
                        list -> list.stream().limit(ATTEMPTS_SHOWN).map(WebhookDeliveryView.Attempt::of).toList())));
    }

    private void checkAddress(WebhookInput input) {
        guard.refusal(input.host()).ifPresent(reason -> {
            throw new UnprocessableException("url", "is refused: " + reason);
        });
    }

    private static void apply(WebhookEndpoint endpoint, WebhookInput input, Instant now) {
        endpoint.url = input.url();
        endpoint.description = input.description();
        endpoint.eventTypes = String.join(" ", input.events());
        if (input.enabled() && !endpoint.enabled) {
            endpoint.disabledReason = null;
            endpoint.disabledAt = null;
            endpoint.failingSince = null;
        } else if (!input.enabled() && endpoint.enabled) {
            endpoint.disabledAt = now;
        }
        endpoint.enabled = input.enabled();
        endpoint.updatedAt = now;
    }

    private static Duration overlap(JsonNode body) {
        if (body == null || body.isMissingNode() || body.isNull()) {
            return DEFAULT_OVERLAP;
        }
        if (!body.isObject()) {
            throw new InvalidParameterException("body", "must be a JSON object");
        }
        body.fieldNames().forEachRemaining(field -> {
            if (!field.equals("overlap")) {
                throw new InvalidParameterException(field, "is not a field of a rotation; the only one is overlap");
            }
        });
        var value = body.get("overlap");
        if (value == null || value.isNull()) {
            return DEFAULT_OVERLAP;
        }
        Duration overlap;
        try {
            overlap = Duration.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("overlap", "must be an ISO 8601 duration such as PT24H");
        }
        if (!value.isTextual() || overlap.isNegative() || overlap.compareTo(MAX_OVERLAP) > 0) {
            throw new InvalidParameterException("overlap", "must be a duration from PT0S to P7D");
        }
        return overlap;
    }

    private static WebhookEndpoint find(long id, LockModeType lock) {
        WebhookEndpoint endpoint = WebhookEndpoint.findById(id, lock);
        if (endpoint == null) {
            throw NotFoundException.byId(TYPE, id);
        }
        return endpoint;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
