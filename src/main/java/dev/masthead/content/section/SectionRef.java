package dev.masthead.content.section;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The short form of a section that travels inside an article or teaser. */
@Type("SectionRef")
@Description("A section named from inside an article: enough to label and link it.")
@Schema(name = "SectionRef", description = "A section named from inside an article: enough to label and link it.")
public record SectionRef(
        @Description("Stable identifier used in URLs.") @Schema(required = true, examples = "europe") @NonNull String slug,
        @Description("Display name.") @Schema(required = true, examples = "Europe") @NonNull String name) {

    public static SectionRef of(Section section) {
        return new SectionRef(section.slug, section.name);
    }
}
