package dev.masthead.events;

import java.time.Duration;

/**
 * Thrown by an {@link OutboxHandler} that will not try a row now (its receiver already has as
 * many deliveries in flight as it may): the row waits this long and is not counted as an attempt.
 */
public class Postpone extends RuntimeException {

    private final Duration wait;

    public Postpone(String message, Duration wait) {
        super(message, null, false, false);
        this.wait = wait;
    }

    public Duration await() {
        return wait;
    }
}
