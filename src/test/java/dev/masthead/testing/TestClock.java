package dev.masthead.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clock every service gets in the tests: the system clock, moved forward by whatever a
 * test asks for. Tests move time with {@link #advance(Duration)} instead of waiting for it,
 * and put it back with {@link #reset()} when they are done.
 */
public final class TestClock extends Clock {

    private static final TestClock INSTANCE = new TestClock();
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    private TestClock() {
    }

    /** Moves every service's time forward. */
    public static void advance(Duration by) {
        INSTANCE.offset.accumulateAndGet(by, Duration::plus);
    }

    /** Back to the system's time. */
    public static void reset() {
        INSTANCE.offset.set(Duration.ZERO);
    }

    /** What the services see as now. */
    public static Instant now() {
        return INSTANCE.instant();
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("Masthead keeps time in UTC");
    }

    /** Replaces the application's system clock (a default bean) in every test. */
    @ApplicationScoped
    public static class Producer {

        @Produces
        @Singleton
        Clock clock() {
            return INSTANCE;
        }
    }
}
