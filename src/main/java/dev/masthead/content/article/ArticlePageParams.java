package dev.masthead.content.article;

import dev.masthead.web.problem.InvalidParameterException;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters every article list takes: type, dates, words, order and paging.
 * Each list adds the section, tag and author filters its path leaves open, so that the
 * OpenAPI document never offers a filter the list would ignore. Values are bound as
 * strings so that a malformed one becomes a 400 naming the parameter rather than the
 * framework's bare 404.
 */
public abstract class ArticlePageParams {

    protected static final String SECTION = "Only articles in this section (slug).";
    protected static final String TAG = "Only articles with this tag (slug).";
    protected static final String AUTHOR = "Only articles by this author (slug).";

    @QueryParam("type")
    @Parameter(description = "Only articles of this type.",
            schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"analysis", "news", "opinion", "symposium", "feature", "interview", "review"}))
    String type;

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
            + "given. relevance needs q. relevance ranks the newest 1000 matches (the relevance window, a server "
            + "setting), as they stood when the first page was served; the older matches follow, newest first, so "
            + "the list still holds every match. Cursors keep to the window of their first page.", schema = @Schema(type = SchemaType.STRING,
            enumeration = {"-publishedAt", "publishedAt", "-updatedAt", "relevance"}))
    String sort;

    @QueryParam("limit")
    @Parameter(description = "Teasers per page, 1 to 100.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    String limit;

    @QueryParam("cursor")
    @Parameter(description = "The page.nextCursor of the previous page, unchanged, with the same sort (and, for "
            + "relevance, a q with the same search terms: case, plurals and ignored words do not matter). Leave out for the first page.")
    String cursor;

    protected ArticleQuery.Params params(String section, String tag, String author) {
        return new ArticleQuery.Params(section, type, tag, author, since, until, q, sort, limit, cursor);
    }

    /**
     * Refuses a filter the path already fixes: {@code /sections/europe/articles?section=asia}
     * must not quietly answer with Europe, nor the parameter be dropped unnoticed. An empty
     * value means no filter, as on every list.
     */
    protected static void refuseFixedByPath(String parameter, String value, String owner) {
        if (value != null && !value.isEmpty()) {
            throw new InvalidParameterException(parameter, "is not a parameter of this list, whose path already names the "
                    + owner + "; use /api/v1/articles?" + parameter + "=<slug> to filter all articles");
        }
    }
}
