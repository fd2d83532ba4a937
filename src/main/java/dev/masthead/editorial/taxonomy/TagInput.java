package dev.masthead.editorial.taxonomy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masthead.content.tag.Tag;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tag as an editor writes it. */
@Schema(name = "TagInput", description = "A tag as written: POST takes it whole; PATCH takes any of its fields as a "
        + "JSON Merge Patch.")
public record TagInput(
        @Schema(required = true, examples = "sanctions", maxLength = 120,
                description = "Lower-case words joined by hyphens; unique among tags.") String slug,
        @Schema(required = true, examples = "Sanctions", maxLength = 200) String name) {

    static final Set<String> FIELDS = Set.of("slug", "name");

    static TagInput from(JsonNode body) {
        var fields = Fields.body(body, "a tag", FIELDS);
        return new TagInput(fields.slug("slug"), fields.requiredText("name", 200));
    }

    static JsonNode of(Tag tag, ObjectMapper json) {
        return json.valueToTree(new TagInput(tag.slug, tag.name));
    }
}
