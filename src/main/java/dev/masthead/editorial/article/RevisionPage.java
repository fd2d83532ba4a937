package dev.masthead.editorial.article;

import dev.masthead.editorial.token.TokenPage;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article's revisions, newest first. */
@Schema(name = "ArticleRevisionPage")
public record RevisionPage(@Schema(required = true) List<RevisionView> data,
        @Schema(required = true) TokenPage.PageInfo page) {
}
