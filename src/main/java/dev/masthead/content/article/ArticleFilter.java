package dev.masthead.content.article;

import dev.masthead.web.problem.InvalidParameterException;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** The filters of an article list over GraphQL; the same as REST's query parameters. */
@Input("ArticleFilter")
@Description("Filters of an article list, as REST's query parameters. Every filter given must hold.")
public record ArticleFilter(
        @Description("Only articles in this section (slug).") String section,
        @Description("Only articles of this type.") ArticleType type,
        @Description("Only articles with this tag (slug).") String tag,
        @Description("Only articles by this author (slug).") String author,
        @Description("Published at or after this date (2024-05-31, UTC) or ISO-8601 time.") String since,
        @Description("Published before the end of this date (UTC), or before this ISO-8601 time.") String until,
        @Description("Words that must all appear in headline, dek or body; case-insensitive, plurals match the "
                + "singular, common English words ignored. Sorts by RELEVANCE unless sort is given.") String q) {

    /** The same question in REST's terms. */
    public ArticleQuery.Params params(ArticleSort sort, Integer first, String after) {
        return new ArticleQuery.Params(section, type == null ? null : type.slug(), tag, author, since, until, q,
                sort == null ? null : sort.param(), first == null ? null : first.toString(), after);
    }

    /** The validated question of a GraphQL list with this filter; bad values are errors naming first or after. */
    public ArticleQuery query(ArticleSort sort, Integer first, String after) {
        return ArticleQuery.parse(params(sort, first, after), ArticleQuery.DEFAULT_LIMIT, ArticleQuery.MAX_LIMIT,
                "first", "after");
    }

    public static ArticleFilter none() {
        return new ArticleFilter(null, null, null, null, null, null, null);
    }

    /** The given filter, or no filter, with the section, author or tag a nested list belongs to. */
    public static ArticleFilter of(ArticleFilter filter) {
        return filter == null ? none() : filter;
    }

    /**
     * A section's articles, always that section's: a {@code filter.section} there is refused
     * rather than silently overridden, since it would answer a question the client did not ask.
     */
    public ArticleFilter inSection(String slug) {
        given("section", section, "a section's");
        return new ArticleFilter(slug, type, tag, author, since, until, q);
    }

    public ArticleFilter byAuthor(String slug) {
        given("author", author, "an author's");
        return new ArticleFilter(section, type, tag, slug, since, until, q);
    }

    public ArticleFilter taggedWith(String slug) {
        given("tag", tag, "a tag's");
        return new ArticleFilter(section, type, slug, author, since, until, q);
    }

    private static void given(String name, String value, String whose) {
        if (value != null) {
            throw new InvalidParameterException("filter." + name, "cannot be given on " + whose + " articles, "
                    + "which are always its own; leave it out, or ask Query.articles(filter: {" + name + ": \""
                    + value + "\"})");
        }
    }
}
