package dev.masthead.events;

import java.time.Duration;
import java.util.Optional;

/** When an outbox row that failed is tried again. */
@FunctionalInterface
public interface RetrySchedule {

    /** The wait before the next attempt after {@code failures} failed ones; empty to give up. */
    Optional<Duration> after(int failures);
}
