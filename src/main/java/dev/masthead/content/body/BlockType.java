package dev.masthead.content.body;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** The kinds of block a body is made of, and the {@link Block} fields each kind carries. */
@Enum("BlockType")
@Description("The kind of a body block.")
public enum BlockType {
    paragraph(List.of("html"), List.of()),
    heading(List.of("text", "level"), List.of()),
    quote(List.of("html"), List.of("cite")),
    image(List.of("image"), List.of()),
    list(List.of("ordered", "items"), List.of()),
    embed(List.of("url"), List.of("provider"));

    private final List<String> fields;
    private final List<String> optionalFields;

    BlockType(List<String> fields, List<String> optionalFields) {
        this.fields = fields;
        this.optionalFields = optionalFields;
    }

    /** The Block fields every block of this kind has. */
    public List<String> fields() {
        return fields;
    }

    /** The Block fields a block of this kind may have; absent from the JSON when unset. */
    public List<String> optionalFields() {
        return optionalFields;
    }

    @JsonValue
    public String json() {
        return name();
    }
}
