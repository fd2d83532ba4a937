package dev.masthead.content.section;

import dev.masthead.content.article.ArticleConnection;
import dev.masthead.content.article.ArticleFilter;
import dev.masthead.content.article.ArticleLoaders;
import dev.masthead.content.article.ArticleSort;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** The GraphQL door onto sections. */
@GraphQLApi
public class SectionGraphQLApi {

    private final SectionService sections;
    private final ArticleLoaders loaders;

    public SectionGraphQLApi(SectionService sections, ArticleLoaders loaders) {
        this.sections = sections;
        this.loaders = loaders;
    }

    @Query("sections")
    @Description("Every section, in navigation order.")
    public @NonNull List<@NonNull SectionView> sections() {
        return sections.all().data();
    }

    @Query("section")
    @Description("One section by slug (a former slug finds it too); unknown slugs give null and a not-found error.")
    public SectionView section(@NonNull @Name("slug") @Description("The section's slug.") String slug) {
        return sections.bySlug(slug, true);
    }

    @Name("articles")
    @Description("The section's published articles, as a Relay connection; filters as in Query.articles, "
            + "the section is this one.")
    public @NonNull CompletionStage<@NonNull ArticleConnection> articles(@Source SectionView section,
            @Name("filter") @Description("Filters; all given must hold.") ArticleFilter filter,
            @Name("sort") @Description("Order of the list: RELEVANCE when filter.q is given, NEWEST otherwise.") ArticleSort sort,
            @Name("first") @Description("Teasers per page, 1 to 100; 20 when left out.") Integer first,
            @Name("after") @Description("endCursor of the previous page.") String after) {
        try {
            return loaders.connection(ArticleFilter.of(filter).inSection(section.slug()).query(sort, first, after));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
