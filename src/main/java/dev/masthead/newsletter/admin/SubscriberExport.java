package dev.masthead.newsletter.admin;

import dev.masthead.newsletter.ConsentKind;
import dev.masthead.newsletter.SubscriptionStatus;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything Masthead holds about one address: each subscription with its consent history. */
@Schema(name = "SubscriberExport", description = "Everything held about one address: each subscription with its consent history.")
public record SubscriberExport(
        @Schema(required = true, description = "The address, normalised.") String email,
        @Schema(required = true) List<Record> subscriptions) {

    /** One subscription and its consent record. */
    @Schema(name = "SubscriptionRecord", description = "One subscription and its consent record.")
    public record Record(
            @Schema(required = true, description = "The list's slug.") String list,
            @Schema(required = true) SubscriptionStatus status,
            @Schema(required = true, nullable = true, description = "Where the latest signup came from.") String source,
            @Schema(required = true, description = "When the latest signup was made.") Instant consentedAt,
            @Schema(required = true, description = "Keyed hash (HMAC-SHA-256) of the latest signup's client IP.") String consentIpHash,
            @Schema(required = true, nullable = true, description = "When the address was confirmed.") Instant confirmedAt,
            @Schema(required = true, nullable = true, description = "When the reader unsubscribed.") Instant unsubscribedAt,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true, description = "Every signup, confirmation and unsubscribe, oldest first.") List<Event> history) {
    }

    /** One consent event. */
    @Schema(name = "ConsentEvent", description = "One signup, confirmation or unsubscribe.")
    public record Event(
            @Schema(required = true) ConsentKind kind,
            @Schema(required = true) Instant at,
            @Schema(required = true, nullable = true, description = "Where the signup came from.") String source,
            @Schema(required = true, nullable = true,
                    description = "Keyed hash of the client IP; null for one-click unsubscribes made by a mail provider.")
            String ipHash) {
    }
}
