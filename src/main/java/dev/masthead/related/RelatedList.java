package dev.masthead.related;

import dev.masthead.content.article.ArticleSummary;
import dev.masthead.web.cache.ListBody;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The "keep reading" teasers of one article, best first. */
@Schema(name = "RelatedList", description = "The \"keep reading\" teasers of one article, best first.")
public record RelatedList(
        @Schema(required = true) List<ArticleSummary> data,
        @Schema(hidden = true) @com.fasterxml.jackson.annotation.JsonIgnore String article) implements ListBody {

    @Override
    public String nextCursor() {
        return null;
    }

    @Override
    public List<String> surrogateKeys() {
        // related-<slug>: the ranking maintained in the background changes without a change event of its own.
        return List.of("articles", "article-" + article, "related-" + article);
    }
}
