package dev.masthead.content.author;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An author named on an article's byline. */
@Type("AuthorRef")
@Description("An author as named on a byline: enough to label and link them.")
@Schema(name = "AuthorRef", description = "An author as named on a byline: enough to label and link them.")
public record AuthorRef(
        @Description("Stable identifier used in URLs.")
        @Schema(required = true, examples = "demo-europe-desk") @NonNull String slug,
        @Description("Display name.") @Schema(required = true, examples = "Europe Desk") @NonNull String name) {
}
