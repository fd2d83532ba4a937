package dev.masthead.web.frontend;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the publication's own pages live, under {@code masthead.frontend}: feeds, sitemaps and
 * webhooks link readers to these pages, not to the API. Placeholders are replaced with the
 * percent-encoded value: {@code {section}} and {@code {slug}} (the article's), and
 * {@code {section}} alone in the section page's template.
 */
@ConfigMapping(prefix = "masthead.frontend")
public interface FrontendConfig {

    /** The publication's home page, such as {@code https://www.example.com/}. */
    @WithDefault("http://localhost:3000/")
    String homeUrl();

    /** An article's page, such as {@code https://www.example.com/{section}/{slug}}. */
    @WithDefault("http://localhost:3000/{section}/{slug}")
    String articleUrl();

    /** A section's page, such as {@code https://www.example.com/{section}}. */
    @WithDefault("http://localhost:3000/{section}")
    String sectionUrl();
}
