package dev.masthead.content.body;

import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** The kinds of block a body is made of. */
@Enum("BlockType")
@Description("The kind of a body block.")
public enum BlockType {
    paragraph, heading, quote, image, list, embed;

    @JsonValue
    public String json() {
        return name();
    }
}
