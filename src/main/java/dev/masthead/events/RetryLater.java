package dev.masthead.events;

import java.time.Duration;

/**
 * Thrown by an {@link OutboxHandler} whose receiver said when to come back (a Retry-After
 * header): the next attempt waits at least that long, at most a day, and never less than the
 * schedule says.
 */
public class RetryLater extends RuntimeException {

    private final Duration wait;

    public RetryLater(String message, Duration wait) {
        super(message);
        this.wait = wait;
    }

    public Duration await() {
        return wait;
    }
}
