package dev.masthead.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A public read whose statement runs far longer than any timeout a test sets, so the only
 * way it ends quickly is the database cancelling it. Test code only.
 */
@PublicRead
@ApplicationScoped
public class EndlessRead {

    private final EntityManager entityManager;
    private final String dbKind;

    public EndlessRead(EntityManager entityManager, @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.entityManager = entityManager;
        this.dbKind = dbKind;
    }

    @Transactional
    public Object run() {
        // PostgreSQL sleeps; H2 sums a range of three billion numbers, checking for cancellation as it goes.
        var sql = "postgresql".equals(dbKind) ? "SELECT 1 FROM pg_sleep(30)"
                : "SELECT SUM(\"X\") FROM SYSTEM_RANGE(1, 3000000000)";
        return entityManager.createNativeQuery(sql).getSingleResult();
    }
}
