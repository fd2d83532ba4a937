package dev.masthead.editorial.article;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One saved version of an article, with the article as it stood after that save. */
@Schema(name = "ArticleRevision")
public record RevisionView(
        @Schema(required = true, description = "1 for the first save, counting up.") int number,
        @Schema(required = true) long version,
        @Schema(required = true) Instant time,
        @Schema(required = true, description = "The API token's id, or `scheduler`.") String actor,
        @Schema(required = true, examples = "article.updated") String action,
        @Schema(required = true, nullable = true, description = "Absent in lists.") ArticleAdminView article) {
}
