package dev.masthead.web.limits;

import dev.masthead.web.problem.ProblemException;
import io.smallrye.graphql.api.ErrorCode;

/** A client went over one of its request limits; it may try again after {@link #retryAfterSeconds()}. */
@ErrorCode("rate-limited")
public class RateLimitedException extends ProblemException {

    private final RateLimitPolicy policy;
    private final long retryAfterSeconds;

    public RateLimitedException(RateLimitPolicy policy, long retryAfterSeconds, String what) {
        super(429, "rate-limited", "Too many requests",
                "Too many " + what + "; at most " + policy.requests() + " per " + human(policy) + ". Try again in "
                        + retryAfterSeconds + " seconds.",
                null);
        this.policy = policy;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public RateLimitPolicy policy() {
        return policy;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    private static String human(RateLimitPolicy policy) {
        var seconds = policy.window().toSeconds();
        if (seconds % 3600 == 0) {
            return seconds == 3600 ? "hour" : seconds / 3600 + " hours";
        }
        if (seconds % 60 == 0) {
            return seconds == 60 ? "minute" : seconds / 60 + " minutes";
        }
        return seconds + " seconds";
    }
}
