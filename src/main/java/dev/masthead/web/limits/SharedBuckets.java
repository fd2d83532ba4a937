package dev.masthead.web.limits;

import dev.masthead.support.Sha256;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Token buckets kept in PostgreSQL ({@code rate_limit_bucket}), so every instance on the
 * database draws from the same budget. A bucket is one row holding the moment it is full
 * again (the generic cell rate algorithm: the same answers as a token bucket of
 * {@code requests} refilled evenly over {@code window}). Taking a request is one
 * {@code INSERT ... ON CONFLICT DO UPDATE} on the primary key, committed on its own under a
 * statement timeout, so two instances taking from one bucket at once queue on its row lock
 * for a moment and never both get the last request. Time is the injected clock's.
 */
@ApplicationScoped
public class SharedBuckets {

    /**
     * The upsert either moves the bucket one refill interval on (a row comes back) or, when
     * that would put it more than one window past now, leaves it as it was (no row comes back).
     * Parameters: policy, key, now + interval, now, interval, now, now + tolerance.
     */
    private static final String TAKE = "INSERT INTO rate_limit_bucket AS b (policy, bucket_key, full_at)"
            + " VALUES (?, ?, ?) ON CONFLICT (policy, bucket_key) DO UPDATE"
            + " SET full_at = GREATEST(b.full_at, ?) + ? WHERE GREATEST(b.full_at, ?) <= ? RETURNING full_at";
    private static final String FULL_AT = "SELECT full_at FROM rate_limit_bucket WHERE policy = ? AND bucket_key = ?";
    /** Rows a concurrent request holds are left for the next sweep rather than waited for. */
    private static final String SWEEP = "DELETE FROM rate_limit_bucket WHERE (policy, bucket_key) IN"
            + " (SELECT policy, bucket_key FROM rate_limit_bucket WHERE full_at <= ? LIMIT ? FOR UPDATE SKIP LOCKED)";
    /** The advisory lock one instance holds while it sweeps; the others skip that run. */
    static final long SWEEP_CLAIM = 0x6d68_726c_7377_6570L;
    private static final int SWEEP_BATCH = 5_000;
    /** The key column's width; the keys in use (a client network, a SHA-256 in hex) are far shorter. */
    private static final int MAX_KEY = 128;

    private final DataSource dataSource;
    private final Clock clock;
    private final RateLimitConfig config;
    private final boolean enabled;

    public SharedBuckets(DataSource dataSource, Clock clock, RateLimitConfig config,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.config = config;
        this.enabled = "postgresql".equals(dbKind);
    }

    /** Whether the limits are kept here: on PostgreSQL, the database several instances can share. */
    public boolean enabled() {
        return enabled;
    }

    /**
     * Takes one request from the key's bucket under the policy. The upsert commits on its own
     * (autocommit, outside any transaction the caller has), so the request counts whatever
     * becomes of the caller's work, and the bucket's row is locked only while the database
     * runs that one statement and its commit, never across a round trip to this process: the
     * requests of one busy key (one mailbox signed up twenty times at once) queue for a
     * moment each, not for a scheduler's delay each. The commit does not wait for the WAL to
     * reach disk ({@code synchronous_commit = off}): a database crash may forget the last
     * moment's counts, which a rate limit can afford, and the row lock goes sooner.
     *
     * @return 0 when the request was taken, else the microseconds until one can be (at least 1)
     * @throws RuntimeException when the database fails or is past the statement timeout; the
     *         caller lets it through, so the request is refused (503 when the database is busy)
     */
    public long take(RateLimitPolicy policy, String key) {
        var now = micros();
        var window = policy.window().toNanos() / 1_000;
        var interval = Math.max(1, window / policy.requests());
        var tolerance = window - interval;
        var stored = key.length() <= MAX_KEY ? key : Sha256.hex(key);
        return QuarkusTransaction.suspendingExisting().call(() -> {
            try (var connection = dataSource.getConnection()) {
                if (!connection.getAutoCommit()) {
                    connection.setAutoCommit(true);
                }
                try (var settings = connection.prepareStatement(
                        "SELECT set_config('statement_timeout', ?, false), set_config('synchronous_commit', 'off', false)")) {
                    settings.setString(1, Long.toString(config.statementTimeout().toMillis()));
                    settings.executeQuery().close();
                }
                try {
                    return take(connection, policy.name(), stored, now, interval, tolerance);
                } finally {
                    // The connection goes back to the pool as it came (a failure here means it is broken).
                    try (var reset = connection.createStatement()) {
                        reset.execute("RESET statement_timeout; RESET synchronous_commit");
                    }
                }
            }
        });
    }

    private static long take(Connection connection, String policy, String key, long now, long interval, long tolerance)
            throws SQLException {
        try (var take = connection.prepareStatement(TAKE)) {
            take.setString(1, policy);
            take.setString(2, key);
            take.setLong(3, now + interval);
            take.setLong(4, now);
            take.setLong(5, interval);
            take.setLong(6, now);
            take.setLong(7, now + tolerance);
            try (var taken = take.executeQuery()) {
                if (taken.next()) {
                    return 0L;
                }
            }
        }
        try (var read = connection.prepareStatement(FULL_AT)) {
            read.setString(1, policy);
            read.setString(2, key);
            try (var row = read.executeQuery()) {
                // Gone already (swept, or refilled meanwhile): the shortest wait Retry-After can say.
                var fullAt = row.next() ? row.getLong(1) : now;
                return Math.max(1, fullAt - tolerance - now);
            }
        }
    }

    /**
     * Deletes the buckets that are full again, in batches, so the table holds the clients of
     * the last window only. Every instance schedules it; a transaction-scoped advisory lock lets
     * one of them sweep at a time, and the others skip the run.
     */
    @Scheduled(identity = "rate-limit-sweep", every = "${masthead.rate-limits.sweep-interval}",
            delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledSweep() {
        if (!enabled) {
            return;
        }
        try {
            var swept = sweep();
            if (swept > 0) {
                Log.debugf("Swept %d full rate limit buckets", swept);
            }
        } catch (RuntimeException e) {
            Log.warnf(e, "Sweeping the rate limit buckets failed; the next run tries again");
        }
    }

    /** Sweeps now; returns how many buckets it deleted, or -1 when another instance was sweeping. */
    int sweep() {
        var now = micros();
        int swept = 0;
        while (true) {
            int batch = QuarkusTransaction.requiringNew().call(() -> {
                try (var connection = dataSource.getConnection()) {
                    try (var claim = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
                        claim.setLong(1, SWEEP_CLAIM);
                        try (var claimed = claim.executeQuery()) {
                            if (!claimed.next() || !claimed.getBoolean(1)) {
                                return -1;
                            }
                        }
                    }
                    try (var delete = connection.prepareStatement(SWEEP)) {
                        delete.setLong(1, now);
                        delete.setInt(2, SWEEP_BATCH);
                        return delete.executeUpdate();
                    }
                }
            });
            if (batch < 0) {
                return swept == 0 ? -1 : swept;
            }
            swept += batch;
            if (batch < SWEEP_BATCH) {
                return swept;
            }
        }
    }

    private long micros() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, clock.instant());
    }
}
