package dev.masthead.web.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Public answers held in memory, bounded by bytes, each indexed under the surrogate keys it
 * was built from so that a change drops exactly the answers that showed what it touched.
 *
 * <p>An answer is only kept if nothing was invalidated between the moment its request
 * started and the moment it is stored ({@link #epoch()}): a read that began before a change
 * committed may have seen the old rows, and storing it afterwards would serve them until the
 * next change. Invalidation moves the epoch before it drops anything, and storing indexes an
 * answer before it checks the epoch, so either the store sees the new epoch and drops its
 * own answer, or the invalidation finds it in the index.
 *
 * <p>While the instance cannot hear other instances' changes ({@link #suspend}), nothing is
 * served from memory or stored.
 */
@ApplicationScoped
public class ResponseCache {

    private final boolean enabled;
    private final Cache<String, CachedAnswer> answers;
    private final ConcurrentHashMap<String, Set<String>> bySurrogateKey = new ConcurrentHashMap<>();
    private final AtomicLong epoch = new AtomicLong();
    private final AtomicBoolean suspended = new AtomicBoolean();

    public ResponseCache(ResponseCacheConfig config) {
        this.enabled = config.enabled();
        this.answers = Caffeine.newBuilder()
                .maximumWeight(config.maxSize().asLongValue())
                .<String, CachedAnswer>weigher((key, answer) -> answer.weight(key))
                .expireAfterWrite(config.ttl())
                .executor(Runnable::run)
                .removalListener((String key, CachedAnswer answer, RemovalCause cause) -> {
                    // A replaced answer's successor is indexed under the same keys by store.
                    if (key != null && answer != null && cause != RemovalCause.REPLACED) {
                        unindex(key, answer);
                    }
                })
                .build();
    }

    /** Whether answers are served from and stored in memory right now. */
    public boolean active() {
        return enabled && !suspended.get();
    }

    /** The invalidation count; a request notes it when it starts and hands it to {@link #store}. */
    public long epoch() {
        return epoch.get();
    }

    CachedAnswer lookup(String key) {
        return active() ? answers.getIfPresent(key) : null;
    }

    /** Keeps the answer unless something was invalidated since {@code startedAt} (an {@link #epoch()}). */
    void store(String key, CachedAnswer answer, long startedAt) {
        if (!active() || epoch.get() != startedAt) {
            return;
        }
        answers.put(key, answer);
        index(key, answer);
        if (epoch.get() != startedAt || !active()) {
            answers.asMap().remove(key, answer);
        }
    }

    /** Drops every answer built from any of these keys. */
    public void invalidate(Collection<String> surrogateKeys) {
        epoch.incrementAndGet();
        for (var surrogateKey : surrogateKeys) {
            var keys = bySurrogateKey.remove(surrogateKey);
            if (keys != null) {
                keys.forEach(answers::invalidate);
            }
        }
    }

    /** Drops everything: for when changes may have been missed. */
    public void invalidateAll() {
        epoch.incrementAndGet();
        // The index first: an answer stored while the answers are walked is then either
        // indexed afresh or met by the walk, never left in memory without its index.
        bySurrogateKey.clear();
        answers.invalidateAll();
    }

    /**
     * Stops serving from memory and forgets everything, until {@link #resume}: the instance no
     * longer hears about other instances' changes.
     */
    public void suspend(String why) {
        if (suspended.compareAndSet(false, true)) {
            Log.warnf("Response cache suspended and emptied: %s", why);
        }
        invalidateAll();
    }

    /** Serves from memory again, starting empty (whatever changed while suspended is not in it). */
    public void resume() {
        invalidateAll();
        if (suspended.compareAndSet(true, false)) {
            Log.info("Response cache resumed");
        }
    }

    /** How many answers are held and their weight in bytes, for operators. */
    public long size() {
        return answers.estimatedSize();
    }

    private void index(String key, CachedAnswer answer) {
        for (var surrogateKey : answer.surrogateKeys()) {
            // Added under the map's lock for this key, so an invalidation's remove sees it or comes first.
            bySurrogateKey.compute(surrogateKey, (k, keys) -> {
                var held = keys != null ? keys : ConcurrentHashMap.<String>newKeySet();
                held.add(key);
                return held;
            });
        }
    }

    /**
     * Forgets an evicted or expired answer's index entries. An answer stored under the same key
     * meanwhile may just have lost its own, so it is indexed again.
     */
    private void unindex(String key, CachedAnswer answer) {
        for (var surrogateKey : answer.surrogateKeys()) {
            bySurrogateKey.computeIfPresent(surrogateKey, (k, keys) -> {
                keys.remove(key);
                return keys.isEmpty() ? null : keys;
            });
        }
        var successor = answers.asMap().get(key);
        if (successor != null) {
            index(key, successor);
        }
    }
}
