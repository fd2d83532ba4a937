package dev.masthead.webhooks;

import dev.masthead.editorial.taxonomy.Versioned;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook endpoint as its manager sees it. The secret shows only when it is made. */
@Schema(name = "Webhook")
public record WebhookView(
        @Schema(required = true, examples = "3") long id,
        @Schema(required = true, examples = "https://hooks.example.com/masthead") String url,
        @Schema(required = true, nullable = true) String description,
        @Schema(required = true, description = "The event types it receives; empty for all.") List<String> events,
        @Schema(required = true, description = "Disabled endpoints receive nothing: events while disabled are "
                + "not queued for them.") boolean enabled,
        @Schema(required = true, nullable = true, description = "Why Masthead disabled it (a 410 Gone, or three "
                + "days of failures); null when enabled or disabled by a manager.") String disabledReason,
        @Schema(required = true, nullable = true) Instant disabledAt,
        @Schema(required = true, nullable = true, description = "Since when every attempt failed; null while "
                + "deliveries succeed.") Instant failingSince,
        @Schema(required = true, nullable = true, description = "Until when the former secret signs too, after a "
                + "rotation.") Instant previousSecretExpiresAt,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, description = "Send it back as If-Match to change the endpoint.") long version,
        @Schema(required = true, nullable = true, description = "The signing secret (`whsec_` and the base64 of "
                + "the key); null except in the answers to creating the endpoint and rotating its secret: keep it then.",
                examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret) implements Versioned {

    static WebhookView of(WebhookEndpoint endpoint, Instant now) {
        return of(endpoint, now, null);
    }

    static WebhookView of(WebhookEndpoint endpoint, Instant now, String secret) {
        var overlap = endpoint.previousSecret != null && endpoint.previousSecretUntil != null
                && endpoint.previousSecretUntil.isAfter(now) ? endpoint.previousSecretUntil : null;
        return new WebhookView(endpoint.id, endpoint.url, endpoint.description, endpoint.events(), endpoint.enabled,
                endpoint.disabledReason, endpoint.disabledAt, endpoint.failingSince, overlap, endpoint.createdAt,
                endpoint.updatedAt, endpoint.version, secret);
    }
}
