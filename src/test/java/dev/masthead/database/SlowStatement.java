package dev.masthead.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A statement that is not a public read and runs longer than the statement timeout a test
 * sets, but ends on its own: what an admin write or a background job may do. Test code only.
 */
@ApplicationScoped
public class SlowStatement {

    private final EntityManager entityManager;
    private final String dbKind;

    public SlowStatement(EntityManager entityManager,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.entityManager = entityManager;
        this.dbKind = dbKind;
    }

    @Transactional
    public Object run() {
        // About a second: PostgreSQL sleeps; H2 sums a range of a hundred million numbers.
        var sql = "postgresql".equals(dbKind) ? "SELECT 1 FROM pg_sleep(1)"
                : "SELECT SUM(\"X\") FROM SYSTEM_RANGE(1, 100000000)";
        return entityManager.createNativeQuery(sql).getSingleResult();
    }
}
