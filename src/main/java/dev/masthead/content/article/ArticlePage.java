package dev.masthead.content.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.masthead.web.cache.ListBody;
import java.util.List;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of teasers and how to get the next. */
@Schema(name = "ArticlePage", description = "One page of article teasers.")
public record ArticlePage(
        @Schema(required = true) List<ArticleSummary> data,
        @Schema(required = true) PageInfo page) implements ListBody {

    @Override
    public String nextCursor() {
        return page.nextCursor();
    }

    /** Paging state: the limit applied and the cursor of the next page, absent on the last. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Type("RestPageInfo")
    @Schema(name = "PageInfo", description = "The limit applied and the opaque cursor of the next page; "
            + "nextCursor is absent on the last page.")
    public record PageInfo(
            @Schema(examples = "20", required = true) int limit,
            @Schema(examples = "djF8LXB1Ymxpc2hlZEF0fDE2NDU1NTIwMDAwMDAwMDB8NDI",
                    description = "Absent on the last page.") String nextCursor) {
    }

    @Override
    public List<String> surrogateKeys() {
        return List.of("articles");
    }
}
