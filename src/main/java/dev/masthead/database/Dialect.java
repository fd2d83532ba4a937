package dev.masthead.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * How each supported database is told its timeouts. Both take milliseconds and cancel the
 * statement inside the database (PostgreSQL cancels the backend query, H2 checks as it runs),
 * rather than leaving it running behind an abandoned client; 0 means no limit.
 */
enum Dialect {

    /** {@code SET LOCAL} ends with the transaction, so a pooled connection never keeps it. */
    POSTGRESQL("SET lock_timeout = %d", "SET LOCAL statement_timeout = %d", null),

    /** H2's query timeout belongs to the session: it stays until cleared (see {@link ConnectionSettings}). */
    H2("SET LOCK_TIMEOUT %d", "SET QUERY_TIMEOUT %d", "SET QUERY_TIMEOUT 0");

    private final String lockTimeout;
    private final String transactionTimeout;
    private final String clearTimeout;

    Dialect(String lockTimeout, String transactionTimeout, String clearTimeout) {
        this.lockTimeout = lockTimeout;
        this.transactionTimeout = transactionTimeout;
        this.clearTimeout = clearTimeout;
    }

    static Dialect of(Connection connection) throws SQLException {
        var product = connection.getMetaData().getDatabaseProductName();
        return switch (product) {
            case "PostgreSQL" -> POSTGRESQL;
            case "H2" -> H2;
            default -> throw new IllegalStateException("Masthead runs on H2 or PostgreSQL, not " + product);
        };
    }

    /** For the whole session: how long any statement waits for another transaction's lock. */
    String lockTimeout(Duration timeout) {
        return lockTimeout.formatted(timeout.toMillis());
    }

    /** For the current transaction: how long each of its statements may run, lock waits included. */
    String transactionTimeout(Duration timeout) {
        return transactionTimeout.formatted(timeout.toMillis());
    }

    /** Whether {@link #transactionTimeout} outlives the transaction, staying with the session until cleared. */
    boolean sessionTimeout() {
        return clearTimeout != null;
    }

    /** What undoes {@link #transactionTimeout} when it outlives the transaction; null when nothing needs to. */
    String clearTimeout() {
        return clearTimeout;
    }
}
