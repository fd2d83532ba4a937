package dev.masthead.content.section;

import dev.masthead.content.article.ArticlePageParams;
import dev.masthead.content.article.ArticleQuery;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of GET /api/v1/sections/{slug}/articles: every list's but the section, which the path names. */
public class SectionArticleParams extends ArticlePageParams {

    @QueryParam("tag")
    @Parameter(description = TAG, example = "sanctions")
    String tag;

    @QueryParam("author")
    @Parameter(description = AUTHOR, example = "demo-europe-desk")
    String author;

    /** Not offered; read only to refuse it. */
    @QueryParam("section")
    @Parameter(hidden = true)
    String section;

    /** The question for the section's articles; a section parameter is refused with a 400. */
    public ArticleQuery.Params params() {
        refuseFixedByPath("section", section, "section");
        return params(null, tag, author);
    }
}
