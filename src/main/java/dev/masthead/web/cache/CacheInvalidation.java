package dev.masthead.web.cache;

import dev.masthead.events.ChangeRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Drops the cached answers a change touched: on this instance once the change commits, and
 * on PostgreSQL on every other instance through a NOTIFY sent in the change's own
 * transaction, so it goes out exactly when the change commits and never for one rolled back
 * ({@link InvalidationListener} hears it). A change private on both sides (a draft's edit)
 * touched nothing public and drops nothing. The change feed's last page shows every public
 * change, so each one also drops {@code changes}.
 */
@ApplicationScoped
public class CacheInvalidation {

    /** The PostgreSQL channel the instances tell each other on. */
    static final String CHANNEL = "masthead_cache";
    /** NOTIFY payloads stop at 8,000 bytes; keys that do not fit ask for everything to go. */
    private static final int MAX_PAYLOAD = 7_900;
    static final String EVERYTHING = "*";

    /** Tells this instance's own notifications from the others'. */
    final String instance = UUID.randomUUID().toString();

    private final ResponseCache cache;
    private final EntityManager entities;
    private final boolean postgresql;

    public CacheInvalidation(ResponseCache cache, EntityManager entities,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.cache = cache;
        this.entities = entities;
        this.postgresql = dbKind.startsWith("postgres");
    }

    void tellOtherInstances(@Observes ChangeRecorded change) {
        if (change.visible()) {
            notifyOthers(keys(change));
        }
    }

    void dropOnCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangeRecorded change) {
        if (change.visible()) {
            cache.invalidate(keys(change));
        }
    }

    void tellOtherInstances(@Observes StaleAnswers stale) {
        notifyOthers(stale.surrogateKeys());
    }

    void dropOnCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) StaleAnswers stale) {
        cache.invalidate(stale.surrogateKeys());
    }

    private void notifyOthers(Set<String> surrogateKeys) {
        if (!postgresql || surrogateKeys.isEmpty()) {
            return;
        }
        var keys = String.join(" ", surrogateKeys);
        var payload = instance + ' ' + (keys.length() > MAX_PAYLOAD ? EVERYTHING : keys);
        entities.createNativeQuery("SELECT pg_notify(?1, ?2)").setParameter(1, CHANNEL).setParameter(2, payload)
                .getSingleResult();
    }

    private static Set<String> keys(ChangeRecorded change) {
        var keys = new HashSet<>(change.surrogateKeys());
        keys.add("changes");
        return keys;
    }
}
