package dev.masthead.content.article;

import java.util.List;

/** One page of teasers, each with its own cursor; REST and GraphQL shape their lists from it. */
public record ArticleSlice(List<Entry> entries, String nextCursor) {

    /** A teaser and the cursor that resumes the list right after it. */
    public record Entry(ArticleSummary summary, String cursor) {
    }
}
