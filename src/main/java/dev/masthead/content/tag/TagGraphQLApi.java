package dev.masthead.content.tag;

import dev.masthead.content.article.ArticleConnection;
import dev.masthead.content.article.ArticleFilter;
import dev.masthead.content.article.ArticleLoaders;
import dev.masthead.content.article.ArticleSort;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** The GraphQL door onto tags. */
@GraphQLApi
public class TagGraphQLApi {

    private final TagService tags;
    private final ArticleLoaders loaders;

    public TagGraphQLApi(TagService tags, ArticleLoaders loaders) {
        this.tags = tags;
        this.loaders = loaders;
    }

    @Query("tag")
    @Description("One tag by slug (a former slug finds it too); unknown slugs give null and a not-found error.")
    public TagView tag(@NonNull @Name("slug") @Description("The tag's slug.") String slug) {
        return tags.bySlug(slug, true);
    }

    @Name("articles")
    @Description("The published articles with this tag, as a Relay connection; filters as in Query.articles, "
            + "the tag is this one.")
    public @NonNull CompletionStage<@NonNull ArticleConnection> articles(@Source TagView tag,
            @Name("filter") @Description("Filters; all given must hold.") ArticleFilter filter,
            @Name("sort") @Description("Order of the list: RELEVANCE when filter.q is given, NEWEST otherwise.") ArticleSort sort,
            @Name("first") @Description("Teasers per page, 1 to 100; 20 when left out.") Integer first,
            @Name("after") @Description("endCursor of the previous page.") String after) {
        try {
            return loaders.connection(ArticleFilter.of(filter).taggedWith(tag.slug()).query(sort, first, after));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
