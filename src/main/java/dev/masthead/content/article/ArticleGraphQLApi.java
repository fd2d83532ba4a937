package dev.masthead.content.article;

import dev.masthead.content.author.AuthorRef;
import dev.masthead.content.tag.TagView;
import dev.masthead.editorial.preview.ArticlePreview;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** The GraphQL door onto articles: the same service and views as REST, nothing else. */
@GraphQLApi
public class ArticleGraphQLApi {

    private final ArticleService articles;
    private final ArticleLoaders loaders;
    private final ArticlePreview previews;

    public ArticleGraphQLApi(ArticleService articles, ArticleLoaders loaders, ArticlePreview previews) {
        this.articles = articles;
        this.loaders = loaders;
        this.previews = previews;
    }

    @Query("article")
    @Description("One published article by slug; a former slug gives the article it now belongs to. "
            + "Unknown slugs give null and a not-found error. Preview: with a preview link's token in preview, "
            + "or an Authorization: Bearer token holding content:preview, drafts and scheduled articles too, as "
            + "they stand (a draft's publishedAt is the time of the preview); such answers are "
            + "Cache-Control: private, no-store. An unknown or expired preview token gives null and a "
            + "preview-link-invalid or preview-link-expired error; an unknown, expired or revoked Bearer token "
            + "is refused with a 401 problem before the query runs.")
    public ArticleView article(@NonNull @Name("slug") @Description("The article's slug.") String slug,
            @Name("preview") @Description("A preview link's token (POST /api/v1/admin/articles/{id}/preview-link): "
                    + "shows that one article even when it is not published.") String preview) {
        return previews.article(slug, preview, true);
    }

    @Query("articles")
    @Description("Published articles, newest first unless sorted otherwise, as a Relay connection.")
    public @NonNull ArticleConnection articles(
            @Name("filter") @Description("Filters; all given must hold.") ArticleFilter filter,
            @Name("sort") @Description("Order of the list: RELEVANCE when filter.q is given, NEWEST otherwise.") ArticleSort sort,
            @Name("first") @Description("Teasers per page, 1 to 100; 20 when left out.") Integer first,
            @Name("after") @Description("endCursor of the previous page.") String after) {
        return articles.connection(ArticleFilter.of(filter), sort, first, after);
    }

    @Query("latest")
    @Description("The LATEST rail: the newest teasers, site-wide or of one section.")
    public @NonNull List<@NonNull ArticleSummary> latest(
            @Name("section") @Description("Only this section (slug).") String section,
            @Name("first") @Description("How many, 1 to 20; 5 when left out.") Integer first) {
        var query = ArticleQuery.parse(ArticleQuery.Params.empty().withSection(section)
                        .withLimit(first == null ? null : first.toString()), ArticleService.LATEST_DEFAULT,
                ArticleService.LATEST_MAX, "first", "after");
        return articles.slice(query, false).entries().stream().map(ArticleSlice.Entry::summary).toList();
    }

    @Name("totalCount")
    @Description("How many articles match the filters across all pages, counted only when selected and only up "
            + "to a cap (1,000 unless the service configures another): when more match, this is the cap and "
            + "totalCountCapped is true.")
    public @NonNull CompletionStage<@NonNull Integer> totalCount(@Source ArticleConnection connection) {
        return loaders.count(connection.getQuery()).thenApply(ArticleCount::total);
    }

    @Name("totalCountCapped")
    @Description("Whether counting stopped at the cap, so more articles match than totalCount says.")
    public @NonNull CompletionStage<@NonNull Boolean> totalCountCapped(@Source ArticleConnection connection) {
        return loaders.count(connection.getQuery()).thenApply(ArticleCount::capped);
    }

    @Name("authors")
    @Description("The byline, in order.")
    public List<@NonNull List<@NonNull AuthorRef>> authors(@Source List<ArticleSummary> teasers) {
        return articles.authorsOf(teasers.stream().map(ArticleSummary::slug).toList());
    }

    @Name("tags")
    @Description("Its tags, by name.")
    public List<@NonNull List<@NonNull TagView>> tags(@Source List<ArticleSummary> teasers) {
        return articles.tagsOf(teasers.stream().map(ArticleSummary::slug).toList());
    }
}
