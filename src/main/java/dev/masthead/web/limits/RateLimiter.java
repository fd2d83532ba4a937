package dev.masthead.web.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.github.bucket4j.Bucket;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;

/**
 * Token-bucket request limits per key (a client IP, a hashed address). On PostgreSQL, where
 * several instances may share the database, the buckets are rows of that database
 * ({@link SharedBuckets}) and every instance draws from the same budget. On H2, which one
 * instance runs, they are held in memory: in a bounded map, forgotten once idle for their
 * policy's window, so memory stays flat whatever the number of clients.
 */
@ApplicationScoped
public class RateLimiter {

    /** More distinct keys than this and the least recently used are forgotten. */
    static final int MAX_KEYS = 200_000;

    private record Entry(Bucket bucket, long idleNanos) {
    }

    private final Cache<String, Entry> buckets = Caffeine.newBuilder()
            .maximumSize(MAX_KEYS)
            .expireAfter(new Expiry<String, Entry>() {
                @Override
                public long expireAfterCreate(String key, Entry entry, long now) {
                    return entry.idleNanos();
                }

                @Override
                public long expireAfterUpdate(String key, Entry entry, long now, long remaining) {
                    return entry.idleNanos();
                }

                @Override
                public long expireAfterRead(String key, Entry entry, long now, long remaining) {
                    return entry.idleNanos();
                }
            })
            .build();

    private final SharedBuckets shared;

    public RateLimiter(SharedBuckets shared) {
        this.shared = shared;
    }

    /**
     * Takes one request from the key's bucket under the policy. On PostgreSQL the count
     * commits at once, apart from any transaction the caller has.
     *
     * @param what what is being limited, in words, for the problem detail ("signups from this network")
     * @throws RateLimitedException when the bucket is empty
     */
    public void take(RateLimitPolicy policy, String key, String what) {
        if (shared.enabled()) {
            var micros = shared.take(policy, key);
            if (micros > 0) {
                throw new RateLimitedException(policy, seconds(TimeUnit.MICROSECONDS.toNanos(micros)), what);
            }
            return;
        }
        var entry = buckets.get(policy.name() + '\u0000' + key, k -> new Entry(
                Bucket.builder()
                        .addLimit(limit -> limit.capacity(policy.requests()).refillGreedy(policy.requests(), policy.window()))
                        .build(),
                policy.window().toNanos()));
        var probe = entry.bucket().tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new RateLimitedException(policy, seconds(probe.getNanosToWaitForRefill()), what);
        }
    }

    /** Whole seconds, rounded up, at least one: what Retry-After says. */
    private static long seconds(long nanos) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + 999_999_999L));
    }
}
