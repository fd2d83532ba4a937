package dev.masthead.content.tag;

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

/** The GraphQL door onto tags. */
@GraphQLApi
public class TagGraphQLApi {

    private final TagService tags;
    private final ArticleService articles;

    public TagGraphQLApi(TagService tags, ArticleService articles) {
        this.tags = tags;
        this.articles = articles;
    }

    @Query("tag")
    @Description("One tag by slug; unknown slugs give null and a not-found error.")
    public TagView tag(@NonNull @Name("slug") @Description("The tag's slug.") String slug) {
        return tags.bySlug(slug);
    }

    @Name("articles")
    @Description("The published articles with this tag, as a Relay connection; filters as in Query.articles, "
            + "the tag is this one.")
    public List<@NonNull ArticleConnection> articles(@Source List<TagView> batch,
            @Name("filter") ArticleFilter filter,
            @Name("sort") @Description("Order of the list: RELEVANCE when filter.q is given, NEWEST otherwise.") ArticleSort sort,
            @Name("first") @Description("Teasers per page, 1 to 100; 20 when left out.") Integer first,
            @Name("after") String after) {
        return articles.connections(batch.stream().map(TagView::slug).toList(), ArticleFilter::taggedWith, filter, sort,
                first, after);
    }
}
