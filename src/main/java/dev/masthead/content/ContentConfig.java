package dev.masthead.content;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

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
}
