package dev.masthead.database;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * Looks after an embedded H2 file database. On start it warns when the database would answer
 * commits before writing them: the JDBC URL Masthead ships with says {@code WRITE_DELAY=0},
 * and one set by hand may not. While it runs it compacts the file: with a write delay of 0,
 * H2 writes every commit as a chunk of its own and runs no background housekeeping, so chunks
 * that later commits left mostly empty were never rewritten and the file grew by some 15 KB
 * a signup without end. This does what H2's background writer would, through the store's
 * public compaction call: rewrite the sparsest chunks so their space is used again.
 */
@ApplicationScoped
class H2FileStore {

    /** H2's own default, in milliseconds, when nothing sets it. */
    private static final int H2_DEFAULT_WRITE_DELAY = 500;
    /** H2's auto-compact fill rate: chunks fuller than this are left alone. */
    private static final int TARGET_FILL_RATE = 90;
    /** At most this much is rewritten per run, so a run holds the store for a moment only. */
    private static final int WRITE_LIMIT = 4 * 1024 * 1024;

    private final DataSource dataSource;
    private volatile boolean fileDatabase;

    H2FileStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void onStart(@Observes StartupEvent event) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            var store = store(connection);
            if (store == null) {
                return;
            }
            fileDatabase = true;
            int delay = H2_DEFAULT_WRITE_DELAY;
            try (var statement = connection.createStatement(); var rows = statement.executeQuery(
                    "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
                if (rows.next()) {
                    delay = Integer.parseInt(rows.getString(1).strip());
                }
            }
            if (delay != 0) {
                Log.warnf("The H2 database writes commits up to %d ms after answering them, so a crash can lose"
                        + " acknowledged writes; add ;WRITE_DELAY=0 to quarkus.datasource.jdbc.url", delay);
            }
        }
    }

    @Scheduled(identity = "h2-compaction", every = "5s", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void compact() {
        if (!fileDatabase) {
            return;
        }
        try (var connection = dataSource.getConnection()) {
            var store = store(connection);
            if (store != null && store.compact(TARGET_FILL_RATE, WRITE_LIMIT)) {
                // The rewritten pages go out now rather than with the next reader's signup.
                store.commit();
            }
        } catch (SQLException | RuntimeException e) {
            Log.warnf(e, "Compacting the H2 database file failed; it will be tried again");
        }
    }

    /** The store of an embedded H2 file database; null for PostgreSQL and in-memory H2. */
    private static MVStore store(Connection connection) throws SQLException {
        if (Dialect.of(connection) != Dialect.H2 || !connection.isWrapperFor(JdbcConnection.class)
                || !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)
                || !session.getDatabase().isPersistent()) {
            return null;
        }
        return session.getDatabase().getStore().getMvStore();
    }
}
