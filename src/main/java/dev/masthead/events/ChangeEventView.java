package dev.masthead.events;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change event as integrators read it. */
@Schema(name = "ChangeEvent")
public record ChangeEventView(
        @Schema(required = true, description = "Position in commit order; pass the last one seen as `after`.",
                examples = "1042") long seq,
        @Schema(required = true) Instant time,
        @Schema(required = true, enumeration = { "created", "updated", "published", "unpublished", "archived", "deleted",
                "slug-changed" }) String kind,
        @Schema(required = true, enumeration = { "article", "section", "author", "tag", "image", "site" }) String entityType,
        @Schema(required = true, examples = "42") long entityId,
        @Schema(required = true, nullable = true, description = "The slug before the change; null on creation.") String oldSlug,
        @Schema(required = true, nullable = true, description = "The slug after the change; null on deletion.") String newSlug,
        @Schema(required = true, nullable = true, description = "The entity's version after the change.") Long version,
        @Schema(required = true, description = "What a cache or CDN holding the entity must drop: the same keys "
                + "public responses send in Surrogate-Key.") List<String> surrogateKeys,
        @Schema(required = true, nullable = true, description = "The API token's id, or `scheduler`.") String actor,
        @Schema(required = true, description = "Whether public reads could see the entity just before the change.")
        boolean publicBefore,
        @Schema(required = true, description = "Whether public reads could see the entity just after the change. An "
                + "event public on neither side (a draft's life) stays out of the public change feed.")
        boolean publicAfter) {

    static ChangeEventView of(ChangeEvent event) {
        return new ChangeEventView(event.seq, event.occurredAt, event.kind.wireName(), event.entityType, event.entityId,
                event.oldSlug, event.newSlug, event.version,
                event.surrogateKeys.isEmpty() ? List.of() : Arrays.asList(event.surrogateKeys.split(" ")), event.actor,
                event.publicBefore, event.publicAfter);
    }
}
