package dev.masthead.feeds;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Settings of the RSS, Atom and JSON feeds, under {@code masthead.feeds}. */
@ConfigMapping(prefix = "masthead.feeds")
public interface FeedConfig {

    /**
     * How many of the newest articles a feed carries, 1 to 100. Feed readers poll often and
     * keep what they saw, so a feed is a window on the newest, not an archive; the bound keeps
     * every poll one short indexed read.
     */
    @WithDefault("20")
    @Min(1)
    @Max(100)
    int size();

    /** What an item carries: the excerpt alone, or the whole article body as HTML beside it. */
    @WithDefault("excerpt")
    Content content();

    /** What an item carries besides its headline and links. */
    enum Content {
        /** The editor's excerpt, or the opening text cut at a word boundary. */
        EXCERPT,
        /** The excerpt as the summary, and the whole body as HTML. */
        FULL
    }
}
