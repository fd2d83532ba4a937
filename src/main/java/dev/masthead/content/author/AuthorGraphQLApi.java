package dev.masthead.content.author;

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

/** The GraphQL door onto authors. */
@GraphQLApi
public class AuthorGraphQLApi {

    private final AuthorService authors;
    private final ArticleLoaders loaders;

    public AuthorGraphQLApi(AuthorService authors, ArticleLoaders loaders) {
        this.authors = authors;
        this.loaders = loaders;
    }

    @Query("author")
    @Description("One author by slug (a former slug finds it too); unknown slugs give null and a not-found error.")
    public AuthorView author(@NonNull @Name("slug") @Description("The author's slug.") String slug) {
        return authors.bySlug(slug, true);
    }

    @Name("articles")
    @Description("The author's published articles, as a Relay connection; filters as in Query.articles, "
            + "the author is this one.")
    public @NonNull CompletionStage<@NonNull ArticleConnection> articles(@Source AuthorView author,
            @Name("filter") @Description("Filters; all given must hold.") ArticleFilter filter,
            @Name("sort") @Description("Order of the list: RELEVANCE when filter.q is given, NEWEST otherwise.") ArticleSort sort,
            @Name("first") @Description("Teasers per page, 1 to 100; 20 when left out.") Integer first,
            @Name("after") @Description("endCursor of the previous page.") String after) {
        try {
            return loaders.connection(ArticleFilter.of(filter).byAuthor(author.slug()).query(sort, first, after));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
