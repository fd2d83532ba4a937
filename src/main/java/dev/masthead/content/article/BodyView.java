package dev.masthead.content.article;

import dev.masthead.content.body.Block;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article body in the three forms frontends ask for. */
@Type("Body")
@Description("An article body as sanitized HTML, plain text and structured blocks.")
@Schema(name = "Body", description = "An article body as sanitized HTML, plain text and structured blocks.")
public record BodyView(
        @Description("Sanitized HTML, safe to insert as is.") @Schema(required = true) @NonNull String html,
        @Description("Plain text; paragraphs separated by blank lines.") @Schema(required = true) @NonNull String text,
        @Description("The structured blocks the body is stored as.")
        @Schema(required = true) @NonNull List<@NonNull Block> blocks) {
}
