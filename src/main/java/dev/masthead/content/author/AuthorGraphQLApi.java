package dev.masthead.content.author;

import dev.masthead.content.article.ArticleConnection;
import dev.masthead.content.article.ArticleFilter;
import dev.masthead.content.article.ArticleService;
import dev.masthead.content.article.ArticleSort;
import java.util.List;
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
    private final ArticleService articles;

    public AuthorGraphQLApi(AuthorService authors, ArticleService articles) {
        this.authors = authors;
        this.articles = articles;
    }

    @Query("author")
    @Description("One author by slug; unknown slugs give null and a not-found error.")
    public AuthorView author(@NonNull @Name("slug") @Description("The author's slug.") String slug) {
        return authors.bySlug(slug);
    }

    @Name("articles")
    @Description("The author's published articles, as a Relay connection; filters as in Query.articles, "
            + "the author is this one.")
    public List<@NonNull ArticleConnection> articles(@Source List<AuthorView> batch,
            @Name("filter") ArticleFilter filter,
            @Name("sort") @Description("Order of the list: RELEVANCE when filter.q is given, NEWEST otherwise.") ArticleSort sort,
            @Name("first") @Description("Teasers per page, 1 to 100; 20 when left out.") Integer first,
            @Name("after") String after) {
        return articles.connections(batch.stream().map(AuthorView::slug).toList(), ArticleFilter::byAuthor, filter, sort,
                first, after);
    }
}
