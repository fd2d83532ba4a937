package dev.masthead.content.tag;

import dev.masthead.content.article.ArticlePageParams;
import dev.masthead.content.article.ArticleQuery;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of GET /api/v1/tags/{slug}/articles: every list's but the tag, which the path names. */
public class TagArticleParams extends ArticlePageParams {

    @QueryParam("section")
    @Parameter(description = SECTION, example = "europe")
    String section;

    @QueryParam("author")
    @Parameter(description = AUTHOR, example = "demo-europe-desk")
    String author;

    /** Not offered; read only to refuse it. */
    @QueryParam("tag")
    @Parameter(hidden = true)
    String tag;

    /** The question for the tag's articles; a tag parameter is refused with a 400. */
    public ArticleQuery.Params params() {
        refuseFixedByPath("tag", tag, "tag");
        return params(section, null, author);
    }
}
