package dev.masthead.editorial.preview;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to minting a preview link: the only one that carries its token. */
@Schema(name = "PreviewLink", description = "A short-lived link that shows one article, published or not.")
public record PreviewLinkView(
        @Schema(required = true, description = "Pass as ?preview=<token> to GET /api/v1/articles/{slug}, or as the "
                + "preview argument of the GraphQL article query. Shown only here; only a hash is kept.",
                examples = "mhp_Xq3c9Vb0o1m2QeJw3n7sYx1rT4uV9aZ5dF2gH8jK0lP") String token,
        @Schema(required = true, description = "When the link stops working, ISO-8601 UTC.") Instant expiresAt,
        @Schema(required = true, description = "The article it shows; it keeps showing it after a slug change.",
                examples = "42") long articleId,
        @Schema(required = true, description = "The article's public API address with the token, at its slug of now.",
                examples = "https://api.example.com/api/v1/articles/the-draft?preview=mhp_Xq3c9Vb0o1m2QeJw3n7sYx1rT4uV9aZ5dF2gH8jK0lP")
        String url) {
}
