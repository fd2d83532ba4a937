package dev.masthead.sitemaps;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/** Settings of the sitemaps under {@code masthead.sitemaps}. */
@ConfigMapping(prefix = "masthead.sitemaps")
public interface SitemapConfig {

    /**
     * The publication's language in the Google News sitemap: an ISO 639 code of two or three
     * lower-case letters, or zh-cn / zh-tw, as Google's schema demands.
     */
    @WithDefault("en")
    @Pattern(regexp = "zh-cn|zh-tw|[a-z]{2,3}")
    String language();

    /**
     * Article URLs per monthly sitemap file; a month with more is split into numbered files.
     * The protocol allows 50,000 URLs per sitemap; a smaller number keeps files small.
     */
    @WithDefault("50000")
    @Min(1)
    @Max(50000)
    int urlsPerFile();
}
