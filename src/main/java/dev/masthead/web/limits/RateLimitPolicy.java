package dev.masthead.web.limits;

import java.time.Duration;

/**
 * A named token bucket: {@code requests} may arrive at once, and the bucket refills evenly
 * over {@code window}. The name is what the RateLimit-Policy header calls it.
 */
public record RateLimitPolicy(String name, int requests, Duration window) {

    public RateLimitPolicy {
        if (requests < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("Rate limit " + name + " needs requests >= 1 and a positive window");
        }
    }

    /** The draft-ietf-httpapi-ratelimit-headers RateLimit-Policy value. */
    public String header() {
        return "\"" + name + "\";q=" + requests + ";w=" + window.toSeconds();
    }
}
