package dev.masthead.content.article;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A Relay connection over articles, paged by the same keyset cursors as REST. */
@Type("ArticleConnection")
@Description("A page of article teasers as a Relay connection; cursors are REST's page cursors.")
public class ArticleConnection {

    private final List<ArticleEdge> edges;
    private final ConnectionPageInfo pageInfo;
    private final ArticleQuery query;

    public ArticleConnection(ArticleSlice slice, ArticleQuery query) {
        this.edges = slice.entries().stream().map(e -> new ArticleEdge(e.cursor(), e.summary())).toList();
        var last = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        var first = edges.isEmpty() ? null : edges.get(0).cursor();
        this.pageInfo = new ConnectionPageInfo(slice.nextCursor() != null, query.cursor() != null, first, last);
        this.query = query;
    }

    @NonNull
    @Description("The teasers of this page, each with its cursor.")
    public List<@NonNull ArticleEdge> getEdges() {
        return edges;
    }

    @NonNull
    @Description("Whether more pages exist, and the cursors to get them.")
    public ConnectionPageInfo getPageInfo() {
        return pageInfo;
    }

    /** The question this page answers; what totalCount counts. */
    @Ignore
    public ArticleQuery getQuery() {
        return query;
    }

    /** One teaser and the cursor that resumes the list after it. */
    @Type("ArticleEdge")
    @Description("One teaser in a connection, with the cursor that resumes the list after it.")
    public record ArticleEdge(
            @NonNull @Description("Pass as `after` to get the teasers that follow this one.") String cursor,
            @NonNull @Description("The teaser.") ArticleSummary node) {
    }

    /** Relay page information. */
    @Type("PageInfo")
    @Description("Relay page information. Paging runs forward: pass endCursor as `after`.")
    public record ConnectionPageInfo(
            @NonNull @Description("Whether a page follows this one.") boolean hasNextPage,
            @NonNull @Description("Whether this page was reached with a cursor.") boolean hasPreviousPage,
            @Description("Cursor of the first edge.") String startCursor,
            @Description("Cursor of the last edge; pass it as `after` for the next page.") String endCursor) {
    }
}
