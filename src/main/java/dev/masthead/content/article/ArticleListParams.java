package dev.masthead.content.article;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters of every article list, bound as strings so that a malformed value
 * becomes a 400 naming the parameter rather than the framework's bare 404.
 */
public class ArticleListParams {

    @QueryParam("section")
    @Parameter(description = "Only articles in this section (slug).", example = "europe")
    String section;

    @QueryParam("type")
    @Parameter(description = "Only articles of this type.",
            schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"analysis", "news", "opinion", "symposium", "feature", "interview", "review"}))
    String type;

    @QueryParam("tag")
    @Parameter(description = "Only articles with this tag (slug).", example = "sanctions")
    String tag;

    @QueryParam("author")
    @Parameter(description = "Only articles by this author (slug).", example = "demo-europe-desk")
    String author;

    @QueryParam("since")
    @Parameter(description = "Only articles published at or after this date (2024-05-31, from its start, UTC) "
            + "or time (ISO-8601 with offset).", example = "2022-02-01")
    String since;

    @QueryParam("until")
    @Parameter(description = "Only articles published before the end of this date (UTC), or before this time.",
            example = "2022-02-28")
    String until;

    @QueryParam("q")
    @Parameter(description = "Words that must all appear in the headline, dek or body: case-insensitive, plurals "
            + "match the singular, common English words (the, of, ...) ignored. At most 200 characters and 8 words. "
            + "Results come best match first (headline above dek above body) unless sort says otherwise.",
            example = "sanctions")
    String q;

    @QueryParam("sort")
    @Parameter(description = "Order of the list: -publishedAt by default, relevance (best match first) when q is "
            + "given. relevance needs q.", schema = @Schema(type = SchemaType.STRING,
            enumeration = {"-publishedAt", "publishedAt", "-updatedAt", "relevance"}))
    String sort;

    @QueryParam("limit")
    @Parameter(description = "Teasers per page, 1 to 100.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    String limit;

    @QueryParam("cursor")
    @Parameter(description = "The page.nextCursor of the previous page, unchanged, with the same sort (and, for "
            + "relevance, the same q). Leave out for the first page.")
    String cursor;

    public ArticleQuery.Params params() {
        return new ArticleQuery.Params(section, type, tag, author, since, until, q, sort, limit, cursor);
    }
}
