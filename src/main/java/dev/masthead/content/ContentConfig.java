package dev.masthead.content;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/** Settings of the content service, under {@code masthead.content}. */
@ConfigMapping(prefix = "masthead.content")
public interface ContentConfig {

    /** Longest derived excerpt, in characters; cut at a word boundary. At most 1000. */
    @WithDefault("280")
    int excerptLength();

    /** Whether the publication's demo content is loaded into an empty database on start. */
    @WithDefault("true")
    boolean demo();

    /** How many synthetic articles to add on start, for benchmarks and scale tests; 0 adds none. */
    @WithDefault("0")
    int syntheticArticles();

    /**
     * How many stored bodies without a rendering the background job renders per
     * transaction (every {@code masthead.content.render-interval}, batches until none is
     * left). At least 1.
     */
    @WithDefault("200")
    @Min(1)
    int renderBatch();

    /** How often the background job looks for stored bodies without a rendering. */
    @WithDefault("10s")
    Duration renderInterval();

    /** Settings of text search ({@code q}), under {@code masthead.content.search}. */
    Search search();

    interface Search {

        /**
         * How many matches a relevance order ranks: the newest this many matches of a search
         * are scored and ordered best first; older matches follow, newest first. At least 1.
         */
        @WithDefault("1000")
        @Min(1)
        int relevanceWindow();

        /**
         * Up to how many matches a search fetches through the search index before ordering
         * them; a search matching more walks the list's own index, newest first, and checks
         * each article instead. At least 1.
         */
        @WithDefault("2000")
        @Min(1)
        int indexThreshold();
    }
}
