package dev.masthead.web.limits;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The shared request limits on PostgreSQL ({@link SharedBuckets}), under
 * {@code masthead.rate-limits}. On H2 the buckets are kept in memory and none of this applies.
 */
@ConfigMapping(prefix = "masthead.rate-limits")
public interface RateLimitConfig {

    /**
     * Longest the one statement that takes a request from a shared bucket may run, waiting
     * for the bucket's row lock included. Past it the request is refused with a 503 problem
     * (Retry-After), not let through: the limits fail closed.
     */
    @WithDefault("2s")
    Duration statementTimeout();

    /** How often one instance deletes the buckets that have filled up again. */
    @WithDefault("10m")
    Duration sweepInterval();
}
