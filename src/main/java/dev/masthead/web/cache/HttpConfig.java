package dev.masthead.web.cache;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** HTTP caching of public reads, under {@code masthead.http}. */
@ConfigMapping(prefix = "masthead.http")
public interface HttpConfig {

    /** How long browsers and CDNs may serve a public read without asking again (Cache-Control max-age). */
    @WithDefault("60s")
    Duration maxAge();

    /** How long a CDN may keep serving a stale copy while it revalidates (stale-while-revalidate). */
    @WithDefault("300s")
    Duration staleWhileRevalidate();

    /**
     * Masthead's address as clients reach it, e.g. {@code https://api.example.org}: the OpenAPI
     * document's server. Declared here because the {@code masthead.http} mapping refuses keys it
     * does not know; the OpenAPI filter, which is no bean, reads it by name.
     */
    @WithDefault("http://localhost:8080")
    String publicBaseUrl();
}
