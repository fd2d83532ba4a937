package dev.masthead.webhooks;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of every webhook: the Standard Webhooks envelope ({@code type}, {@code timestamp},
 * {@code data}) around one change event. Thin on purpose: it names what changed and where to
 * read it, and the receiver reads the current state from the API.
 */
@Schema(name = "WebhookEvent", description = "The body of every webhook Masthead sends.")
public record WebhookEvent(
        @Schema(required = true, description = "`<entity>.<kind>`, or `webhook.ping` for a ping.",
                examples = "article.published") String type,
        @Schema(required = true, description = "When the change was committed (for a ping, when it was sent).")
        Instant timestamp,
        @Schema(required = true) Data data) {

    /** What changed. */
    @Schema(name = "WebhookEventData")
    public record Data(
            @Schema(required = true, nullable = true, description = "The change event's sequence number (as "
                    + "`GET /api/v1/admin/events` lists it); null for a ping.", examples = "1042") Long seq,
            @Schema(required = true, enumeration = { "article", "section", "author", "tag", "image", "site",
                    "webhook" }, description = "`webhook` for a ping.") String entityType,
            @Schema(required = true, description = "The entity's id (for a ping, the endpoint's).", examples = "42")
            long id,
            @Schema(required = true, enumeration = { "created", "updated", "published", "unpublished", "archived",
                    "deleted", "slug-changed", "ping" }) String kind,
            @Schema(required = true, nullable = true, description = "The slug after the change; null on deletion.")
            String slug,
            @Schema(required = true, nullable = true, description = "The slug before the change; null on creation.")
            String oldSlug,
            @Schema(required = true, nullable = true, description = "The entity's version after the change.")
            Long version,
            @Schema(required = true, description = "Whether public reads show the entity after the change (a "
                    + "draft's edits are false; so is a ping).") boolean visible,
            @Schema(required = true, nullable = true, description = "Where to read it; null for deletions, images "
                    + "and pings.") Urls urls,
            @Schema(required = true, description = "What a cache or CDN holding the entity must drop: the keys of "
                    + "the Surrogate-Key header of public answers.") List<String> surrogateKeys) {
    }

    /** Where the changed entity is read. */
    @Schema(name = "WebhookEventUrls")
    public record Urls(
            @Schema(required = true, description = "The public API resource. A draft's answers 404 until it is "
                    + "published.", examples = "https://api.example.com/api/v1/articles/sanctions-that-were-not")
            String api,
            @Schema(required = true, nullable = true, description = "The publication's page for it, from the "
                    + "masthead.frontend templates; null for authors and tags.",
                    examples = "https://www.example.com/europe/sanctions-that-were-not") String page) {
    }
}
