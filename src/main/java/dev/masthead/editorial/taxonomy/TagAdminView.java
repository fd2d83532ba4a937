package dev.masthead.editorial.taxonomy;

import dev.masthead.content.tag.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tag as the management API shows it. */
@Schema(name = "TagAdmin", description = "A tag as the management API shows it; ETag carries its version.")
public record TagAdminView(
        @Schema(required = true, examples = "12") long id,
        @Schema(required = true, examples = "sanctions") String slug,
        @Schema(required = true, examples = "Sanctions") String name,
        @Schema(required = true, examples = "2", description = "Goes up by one with every change; the ETag is this "
                + "number in quotes.") long version) implements Versioned {

    static TagAdminView of(Tag tag) {
        return new TagAdminView(tag.id, tag.slug, tag.name, tag.version);
    }
}
