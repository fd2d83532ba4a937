package dev.masthead.web;

import dev.masthead.web.cache.HttpConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;

/**
 * Absolute URLs of the API, built from the configured public base URL
 * ({@code masthead.http.public-base-url}). The request's Host header is the client's to
 * set: reflected into Link or Location, it would let anyone plant their own host in
 * answers a CDN then serves to everybody.
 */
@Startup
@ApplicationScoped
public class PublicUrls {

    private final String base;

    public PublicUrls(HttpConfig config) {
        this.base = validated(config.publicBaseUrl());
    }

    /**
     * The public address of a path on this API, with its query.
     *
     * @param rawPath the path as the request carried it, percent-encoded, starting with /
     * @param rawQuery the percent-encoded query, or null
     */
    public URI of(String rawPath, String rawQuery) {
        return URI.create(base + rawPath + (rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery));
    }

    /** The base itself, without a trailing slash: where paths such as /api/v1/... are appended. */
    public String base() {
        return base;
    }

    private static String validated(URI url) {
        if (!url.isAbsolute() || url.getHost() == null
                || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))
                || url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new IllegalArgumentException("masthead.http.public-base-url must be an http or https URL without "
                    + "query or fragment, such as https://api.example.com; got " + url);
        }
        return url.toString().replaceAll("/+$", "");
    }
}
