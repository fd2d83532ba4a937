package dev.masthead.content.author;

import dev.masthead.content.article.ArticlePageParams;
import dev.masthead.content.article.ArticleQuery;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of GET /api/v1/authors/{slug}/articles: every list's but the author, which the path names. */
public class AuthorArticleParams extends ArticlePageParams {

    @QueryParam("section")
    @Parameter(description = SECTION, example = "europe")
    String section;

    @QueryParam("tag")
    @Parameter(description = TAG, example = "sanctions")
    String tag;

    /** Not offered; read only to refuse it. */
    @QueryParam("author")
    @Parameter(hidden = true)
    String author;

    /** The question for the author's articles; an author parameter is refused with a 400. */
    public ArticleQuery.Params params() {
        refuseFixedByPath("author", author, "author");
        return params(section, tag, null);
    }
}
