package dev.masthead.events;

import dev.masthead.web.PublicUrls;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One public change, as a mirror applies it: fetch {@code url} and keep it ({@code upsert}),
 * forget it ({@code delete}), or only refetch the pages sharing a surrogate key
 * ({@code refresh}). Never who made the change.
 */
@Schema(name = "ChangeFeedEntry", description = "One public change, in commit order. Apply it: `upsert` fetch `url` "
        + "and keep the answer (and drop `formerUrl` when present); `delete` drop `url`; `refresh` nothing of its own. "
        + "Then refetch every page you keep whose Surrogate-Key shares a key with `surrogateKeys`.")
public record ChangeFeedEntry(
        @Schema(required = true, enumeration = { "upsert", "delete", "refresh" },
                description = "What a mirror does: `upsert` when the entity is public after the change, `delete` (a "
                        + "tombstone) when it was public and is no longer (unpublished, archived, deleted), `refresh` "
                        + "for a change to something without a public address of its own (an image that published "
                        + "articles or authors show).") String action,
        @Schema(required = true, enumeration = { "created", "updated", "published", "unpublished", "archived", "deleted",
                "slug-changed" }, description = "What happened.") String kind,
        @Schema(required = true, enumeration = { "article", "section", "author", "tag", "image", "site" })
        String entityType,
        @Schema(required = true, nullable = true, examples = "blinken-cancels-meeting-with-lavrov",
                description = "The public slug: the current one on `upsert`, the one that stops answering on `delete`; "
                        + "null for the site and images.") String slug,
        @Schema(required = true, nullable = true, examples = "https://api.example.com/api/v1/articles/blinken-cancels-meeting-with-lavrov",
                description = "The entity's public API address (absolute, from the configured public base URL); null "
                        + "on `refresh`.") String url,
        @Schema(required = true, nullable = true, description = "On an `upsert` that changed the slug of an entity that "
                + "was public: its former address, which now redirects to `url`; drop it. Null otherwise.")
        String formerUrl,
        @Schema(required = true, description = "When the change was committed, ISO-8601 UTC.") Instant time,
        @Schema(required = true, nullable = true, examples = "3", description = "The entity's version after the "
                + "change; null on deletion.") Long version,
        @Schema(required = true, description = "The Surrogate-Key values of the public answers that showed the entity "
                + "or show it now.") List<String> surrogateKeys) {

    static ChangeFeedEntry of(ChangeEventView event, PublicUrls urls) {
        if ("image".equals(event.entityType())) {
            return new ChangeFeedEntry("refresh", event.kind(), event.entityType(), null, null, null, event.time(),
                    event.version(), event.surrogateKeys());
        }
        if (event.publicAfter()) {
            var moved = event.publicBefore() && event.oldSlug() != null && !event.oldSlug().equals(event.newSlug());
            return new ChangeFeedEntry("upsert", event.kind(), event.entityType(), event.newSlug(),
                    url(urls, event.entityType(), event.newSlug()),
                    moved ? url(urls, event.entityType(), event.oldSlug()) : null, event.time(), event.version(),
                    event.surrogateKeys());
        }
        // A tombstone names the address the entity had while public: its slug before the change.
        var slug = event.oldSlug() != null ? event.oldSlug() : event.newSlug();
        return new ChangeFeedEntry("delete", event.kind(), event.entityType(), slug, url(urls, event.entityType(), slug),
                null, event.time(), event.version(), event.surrogateKeys());
    }

    private static String url(PublicUrls urls, String entityType, String slug) {
        var path = switch (entityType) {
            case "article" -> "/api/v1/articles/" + slug;
            case "section" -> "/api/v1/sections/" + slug;
            case "author" -> "/api/v1/authors/" + slug;
            case "tag" -> "/api/v1/tags/" + slug;
            case "site" -> "/api/v1/site";
            default -> throw new IllegalStateException("no public address for " + entityType);
        };
        // Slugs are lower-case letters, digits and hyphens: nothing to escape.
        return urls.of(path, null).toString();
    }
}
