package dev.masthead.related;

import dev.masthead.content.article.ArticleSummary;
import dev.masthead.content.article.ArticleView;
import dev.masthead.web.problem.NotFoundException;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** The GraphQL door onto related teasers: Article.related. */
@GraphQLApi
public class RelatedGraphQLApi {

    private final RelatedService related;

    public RelatedGraphQLApi(RelatedService related) {
        this.related = related;
    }

    @Name("related")
    @Description("\"Keep reading\" teasers, best first: the editor's pins, then articles sharing tags, section and "
            + "authors faded by age, then the latest site-wide. Empty for an article read in preview: teasers are "
            + "ranked for published articles only.")
    public @NonNull List<@NonNull ArticleSummary> related(@Source ArticleView article,
            @Name("first") @Description("How many, 1 to 12; 3 when left out.") Integer first,
            @Name("exclude") @Description("Slugs to leave out, e.g. what the LATEST rail already shows.")
            List<String> exclude) {
        try {
            return related.related(article.slug(), first, exclude, false, "first");
        } catch (NotFoundException e) {
            // A draft or scheduled article opened in preview has no published slug to rank from; failing
            // here would null the whole article of the preview answer.
            return List.of();
        }
    }
}
