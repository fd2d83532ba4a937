package dev.masthead.content.article;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of GET /api/v1/articles: every filter, order and paging. */
public class ArticleListParams extends ArticlePageParams {

    @QueryParam("section")
    @Parameter(description = SECTION, example = "europe")
    String section;

    @QueryParam("tag")
    @Parameter(description = TAG, example = "sanctions")
    String tag;

    @QueryParam("author")
    @Parameter(description = AUTHOR, example = "demo-europe-desk")
    String author;

    public ArticleQuery.Params params() {
        return params(section, tag, author);
    }
}
