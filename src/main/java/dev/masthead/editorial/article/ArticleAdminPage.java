package dev.masthead.editorial.article;

import dev.masthead.editorial.token.TokenPage;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of articles in every state, most recently changed first. */
@Schema(name = "ManagedArticlePage")
public record ArticleAdminPage(@Schema(required = true) List<ArticleAdminSummary> data,
        @Schema(required = true) TokenPage.PageInfo page) {
}
