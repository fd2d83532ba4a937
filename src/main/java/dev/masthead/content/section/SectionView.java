package dev.masthead.content.section;

import dev.masthead.web.cache.SurrogateKeyed;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A section with everything a section page or navigation needs. */
@Type("Section")
@Description("A section of the publication.")
@Schema(name = "Section", description = "A section of the publication.")
public record SectionView(
        @Description("Stable identifier used in URLs.") @Schema(required = true, examples = "europe") @NonNull String slug,
        @Description("Display name.") @Schema(required = true, examples = "Europe") @NonNull String name,
        @Description("What the section covers.") @Schema(required = true, nullable = true) String description,
        @Description("Place in the navigation, smallest first.")
        @Schema(required = true, examples = "1") int position) implements SurrogateKeyed {

    public static SectionView of(Section section) {
        return new SectionView(section.slug, section.name, section.description, section.position);
    }

    @Override
    public List<String> surrogateKeys() {
        return List.of("section-" + slug);
    }
}
