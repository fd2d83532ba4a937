package dev.masthead.editorial.taxonomy;

import dev.masthead.content.section.Section;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A section as the management API shows it. */
@Schema(name = "SectionAdmin", description = "A section as the management API shows it; ETag carries its version.")
public record SectionAdminView(
        @Schema(required = true, examples = "3") long id,
        @Schema(required = true, examples = "europe") String slug,
        @Schema(required = true, examples = "Europe") String name,
        @Schema(required = true, nullable = true) String description,
        @Schema(required = true, examples = "1") int position,
        @Schema(required = true, examples = "4", description = "Goes up by one with every change; the ETag is "
                + "this number in quotes.") long version) implements Versioned {

    static SectionAdminView of(Section section) {
        return new SectionAdminView(section.id, section.slug, section.name, section.description, section.position,
                section.version);
    }
}
