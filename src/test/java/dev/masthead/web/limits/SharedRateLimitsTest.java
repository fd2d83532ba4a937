package dev.masthead.web.limits;

import static dev.masthead.testing.Newsletter.address;
import static dev.masthead.testing.Newsletter.clientIp;
import static dev.masthead.testing.Newsletter.signup;
import static dev.masthead.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;

import dev.masthead.testing.Fixtures;
import dev.masthead.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * On PostgreSQL the request limits are kept in the database, so instances sharing it share
 * one budget. Two limiters built here on the same database stand for two application
 * instances: each has nothing of its own in memory, as a second process would not.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "quarkus.datasource.db-kind", matches = "postgresql")
class SharedRateLimitsTest {

    private static final Path LOG = Path.of("target", "masthead-test.log");
    private static final RateLimitPolicy THREE_AN_HOUR = new RateLimitPolicy("shared-test", 3, Duration.ofHours(1));

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    RateLimitConfig config;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void twoInstancesOnOneDatabaseDrawFromOneBudget() {
        var one = instance();
        var other = instance();
        var key = Fixtures.unique("client");

        one.take(THREE_AN_HOUR, key, "tries");
        one.take(THREE_AN_HOUR, key, "tries");
        other.take(THREE_AN_HOUR, key, "tries");

        // The other instance took nothing more than one request, yet its budget is spent too.
        for (var limiter : new RateLimiter[] {other, one}) {
            assertThatThrownBy(() -> limiter.take(THREE_AN_HOUR, key, "tries"))
                    .isInstanceOfSatisfying(RateLimitedException.class, refused -> {
                        // Rounded up from a moment under 20 minutes: the first of the three was taken a moment ago.
                        assertThat(refused.retryAfterSeconds()).isBetween(20 * 60L - 5, 20 * 60L);
                        assertThat(refused.policy()).isEqualTo(THREE_AN_HOUR);
                    });
        }
        // Another key is not held back, and the bucket refills evenly: one request per 20 minutes.
        other.take(THREE_AN_HOUR, Fixtures.unique("client"), "tries");
        TestClock.advance(Duration.ofMinutes(15));
        assertThatThrownBy(() -> other.take(THREE_AN_HOUR, key, "tries"))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        refused -> assertThat(refused.retryAfterSeconds()).isBetween(5 * 60L - 5, 5 * 60L));
        TestClock.advance(Duration.ofMinutes(5));
        other.take(THREE_AN_HOUR, key, "tries");
        assertThatThrownBy(() -> one.take(THREE_AN_HOUR, key, "tries")).isInstanceOf(RateLimitedException.class);
    }

    @Test
    void simultaneousRequestsOnTwoInstancesNeverTakeMoreThanTheBudget() throws Exception {
        var limiters = new RateLimiter[] {instance(), instance()};
        var policy = new RateLimitPolicy("shared-race", 5, Duration.ofHours(1));
        var key = Fixtures.unique("client");
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(8);
        try {
            var tries = new ArrayList<Callable<Boolean>>();
            for (int i = 0; i < 24; i++) {
                var limiter = limiters[i % 2];
                tries.add(() -> {
                    start.await();
                    try {
                        limiter.take(policy, key, "tries");
                        return true;
                    } catch (RateLimitedException e) {
                        return false;
                    }
                });
            }
            var futures = tries.stream().map(pool::submit).toList();
            start.countDown();
            int taken = 0;
            for (var future : futures) {
                taken += future.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(taken).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBucketWhoseRowStaysLockedPastTheTimeoutRefusesWith503() throws SQLException, IOException {
        var logged = Files.size(LOG);
        var ip = clientIp();
        signup(Map.of("email", address()), ip).statusCode(202);
        try (var locker = dataSource.getConnection()) {
            locker.setAutoCommit(false);
            try (var lock = locker.prepareStatement(
                    "SELECT full_at FROM rate_limit_bucket WHERE policy = 'signup-ip' AND bucket_key = ? FOR UPDATE")) {
                lock.setString(1, ip);
                assertThat(lock.executeQuery().next()).isTrue();
                // Fails closed: no signup gets past a limit it could not count.
                assertProblem(signup(Map.of("email", address()), ip), 503, "service-busy")
                        .header("Retry-After", "2")
                        .body("detail", containsString("Try again in a few seconds"));
            } finally {
                locker.rollback();
            }
        }
        signup(Map.of("email", address()), ip).statusCode(202);
        // The limiter's own timeout (rate-limits.statement-timeout), not the session's longer lock timeout.
        var bytes = Files.readAllBytes(LOG);
        assertThat(new String(bytes, (int) logged, bytes.length - (int) logged, StandardCharsets.UTF_8))
                .contains("503 on /api/v1/newsletter/subscriptions: a statement ran past its timeout");
    }

    @Test
    void bucketsThatFilledUpAgainAreSweptByOneInstanceAtATime() throws SQLException {
        var buckets = buckets();
        var stays = Fixtures.unique("client");
        var goes = Fixtures.unique("client");
        var policy = new RateLimitPolicy("shared-sweep", 2, Duration.ofMinutes(10));
        buckets.take(policy, goes);
        TestClock.advance(Duration.ofMinutes(4));
        buckets.take(policy, stays);
        TestClock.advance(Duration.ofMinutes(2));

        try (var other = dataSource.getConnection(); var claim = other.createStatement()) {
            claim.execute("SELECT pg_advisory_lock(" + SharedBuckets.SWEEP_CLAIM + ")");
            try {
                assertThat(buckets.sweep()).as("another instance is sweeping").isEqualTo(-1);
            } finally {
                claim.execute("SELECT pg_advisory_unlock(" + SharedBuckets.SWEEP_CLAIM + ")");
            }
        }
        assertThat(buckets.sweep()).isPositive();
        assertThat(stored(policy, goes)).isFalse();
        assertThat(stored(policy, stays)).isTrue();
    }

    private SharedBuckets buckets() {
        return new SharedBuckets(dataSource, clock, config, "postgresql");
    }

    private RateLimiter instance() {
        return new RateLimiter(buckets());
    }

    private boolean stored(RateLimitPolicy policy, String key) throws SQLException {
        try (var connection = dataSource.getConnection(); var read = connection.prepareStatement(
                "SELECT 1 FROM rate_limit_bucket WHERE policy = ? AND bucket_key = ?")) {
            read.setString(1, policy.name());
            read.setString(2, key);
            return read.executeQuery().next();
        }
    }
}
