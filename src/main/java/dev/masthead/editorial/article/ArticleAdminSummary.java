package dev.masthead.editorial.article;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One article in a management list. */
@Schema(name = "ManagedArticleSummary")
public record ArticleAdminSummary(
        @Schema(required = true) long id,
        @Schema(required = true) String slug,
        @Schema(required = true, enumeration = { "draft", "scheduled", "published", "archived" }) String status,
        @Schema(required = true) long version,
        @Schema(required = true) String headline,
        @Schema(required = true) String section,
        @Schema(required = true, nullable = true) Instant publishAt,
        @Schema(required = true, nullable = true) Instant publishedAt,
        @Schema(required = true) Instant updatedAt) {
}
