package dev.masthead.web.cache;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.net.URI;
import java.time.Duration;

/** How the API's public answers are addressed and cached, and how large a request's head may be, under {@code masthead.http}. */
@ConfigMapping(prefix = "masthead.http")
public interface HttpConfig {

    /**
     * The address clients and mails reach the API at, such as {@code https://api.example.com}
     * (a path prefix is kept: {@code https://example.com/masthead}). Every absolute URL the
     * API writes (Link, Location, the one-click unsubscribe link) starts with it; the
     * request's Host header, which any client can set, is never used. It is also the
     * OpenAPI document's server.
     */
    @WithDefault("http://localhost:8080")
    URI publicBaseUrl();

    /** How long browsers and CDNs may serve a public read without asking again (Cache-Control max-age). */
    @WithDefault("60s")
    Duration maxAge();

    /**
     * How long a CDN (a shared cache) may serve a public read without asking again
     * (Cache-Control s-maxage). Masthead's Surrogate-Key headers and the keys its webhooks and
     * change feed carry let a CDN purge exactly what changed, so this can be long where purging
     * is wired up; without purging, it is how stale a CDN may be.
     */
    @WithName("s-maxage")
    @WithDefault("600s")
    Duration sMaxAge();

    /** How long a CDN may keep serving a stale copy while it revalidates (stale-while-revalidate). */
    @WithDefault("300s")
    Duration staleWhileRevalidate();

    /** The longest request URI (path and query, as sent) answered; longer ones are a 414 problem. */
    @WithDefault("4096")
    int maxUriLength();

    /** How large a request's header fields may be together (names, values, separators); larger is a 431 problem. */
    @WithDefault("20K")
    MemorySize maxHeaderSize();
}
