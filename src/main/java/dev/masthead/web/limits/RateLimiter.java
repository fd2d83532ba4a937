package dev.masthead.web.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.github.bucket4j.Bucket;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;

/**
 * Token-bucket request limits per key (a client IP, a hashed address), held in memory.
 * Buckets live in a bounded map and are forgotten once idle for their policy's window, so
 * memory stays flat whatever the number of clients. Each instance counts on its own; the
 * limits that must hold across instances (one confirmation mail per interval) are kept in
 * the database instead.
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

    /**
     * Takes one request from the key's bucket under the policy.
     *
     * @param what what is being limited, in words, for the problem detail ("signups from this network")
     * @throws RateLimitedException when the bucket is empty
     */
    public void take(RateLimitPolicy policy, String key, String what) {
        var entry = buckets.get(policy.name() + '\u0000' + key, k -> new Entry(
                Bucket.builder()
                        .addLimit(limit -> limit.capacity(policy.requests()).refillGreedy(policy.requests(), policy.window()))
                        .build(),
                policy.window().toNanos()));
        var probe = entry.bucket().tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            var seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
            throw new RateLimitedException(policy, seconds, what);
        }
    }
}
