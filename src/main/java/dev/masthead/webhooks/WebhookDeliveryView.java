package dev.masthead.webhooks;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One delivery of the log, with its attempts. */
@Schema(name = "WebhookDelivery")
public record WebhookDeliveryView(
        @Schema(required = true, examples = "815") long id,
        @Schema(required = true, examples = "article.published") String eventType,
        @Schema(required = true, nullable = true, description = "The change event's sequence number; null for a "
                + "ping.") Long eventSeq,
        @Schema(required = true, description = "The webhook-id header every attempt carries.",
                examples = "msg_1042_3") String messageId,
        @Schema(required = true, enumeration = { "pending", "delivered", "failed", "skipped" },
                description = "pending: waiting for its next attempt; delivered: a 2xx came back; failed: every "
                        + "attempt failed, or 410 Gone; skipped: the endpoint was disabled when its turn came.")
        String status,
        @Schema(required = true, description = "Attempts made so far.") int attemptCount,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true, nullable = true) Instant lastAttemptAt,
        @Schema(required = true, nullable = true) Instant deliveredAt,
        @Schema(required = true, description = "The latest attempts, newest first (at most 20).")
        List<Attempt> attempts) {

    /** One attempt. */
    @Schema(name = "WebhookAttempt")
    public record Attempt(
            @Schema(required = true) Instant time,
            @Schema(required = true, nullable = true, description = "The receiver's status code; null when none "
                    + "came (refused address, connection error, timeout).", examples = "200") Integer statusCode,
            @Schema(required = true, description = "From sending to the answer's status line.", examples = "48")
            int latencyMs,
            @Schema(required = true, nullable = true, description = "What went wrong; null on success.") String error) {

        static Attempt of(WebhookAttempt attempt) {
            return new Attempt(attempt.attemptedAt, attempt.statusCode, attempt.latencyMs, attempt.error);
        }
    }

    static WebhookDeliveryView of(WebhookDelivery delivery, List<Attempt> attempts) {
        return new WebhookDeliveryView(delivery.id, delivery.eventType, delivery.eventSeq, delivery.messageId,
                delivery.status.name().toLowerCase(java.util.Locale.ROOT), delivery.attempts, delivery.createdAt,
                delivery.lastAttemptAt, delivery.deliveredAt, attempts);
    }
}
