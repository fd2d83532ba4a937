package dev.masthead.editorial.taxonomy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masthead.content.section.Section;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A section as an editor writes it. */
@Schema(name = "SectionInput", description = "A section as written: POST takes it whole; PATCH takes any of its fields "
        + "as a JSON Merge Patch (null removes an optional field).")
public record SectionInput(
        @Schema(required = true, examples = "europe", maxLength = 120,
                description = "Lower-case words joined by hyphens; unique among sections.") String slug,
        @Schema(required = true, examples = "Europe", maxLength = 200) String name,
        @Schema(maxLength = 2000) String description,
        @Schema(minimum = "0", maximum = "1000000", description = "Place in the navigation, smallest "
                + "first; after every other section when left out.") Integer position) {

    static final Set<String> FIELDS = Set.of("slug", "name", "description", "position");

    static SectionInput from(JsonNode body) {
        var fields = Fields.body(body, "a section", FIELDS);
        return new SectionInput(fields.slug("slug"), fields.requiredText("name", 200),
                fields.optionalText("description", 2000), fields.optionalInt("position", 0, 1_000_000));
    }

    /** The stored section as a document a merge patch applies to. */
    static JsonNode of(Section section, ObjectMapper json) {
        return json.valueToTree(new SectionInput(section.slug, section.name, section.description, section.position));
    }
}
