package dev.masthead.database;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import javax.sql.DataSource;

/**
 * Session settings of every pooled connection: each new one waits at most
 * {@code masthead.database.lock-timeout} for another transaction's lock (PostgreSQL would
 * otherwise wait forever), and statement timeouts are where public reads want them.
 * Quarkus installs every {@link AgroalPoolInterceptor} bean on the default datasource.
 *
 * <p>On PostgreSQL a public read's timeout is {@code SET LOCAL} and ends with its transaction.
 * H2's belongs to the session, and every {@code SET} makes H2 forget the statements every
 * session keeps parsed and planned; setting it for each read and clearing it on each return
 * meant H2 parsed every statement of every request again. So on H2 a connection keeps its
 * timeout between public reads: it is set when a public read takes a connection that does
 * not have it, and cleared only when anything else takes one that does.
 */
@ApplicationScoped
public class ConnectionSettings implements AgroalPoolInterceptor {

    /** Set while a public read takes its connection from the pool. */
    private static final ThreadLocal<Boolean> PUBLIC_READ = new ThreadLocal<>();

    private final DatabaseConfig config;
    private volatile Dialect dialect;

    /** The H2 sessions whose statement timeout is a public read's, by identity. */
    private final Set<Connection> limited = Collections.synchronizedSet(
            Collections.newSetFromMap(new WeakHashMap<>()));

    public ConnectionSettings(DatabaseConfig config) {
        this.config = config;
    }

    @Override
    public void onConnectionCreate(Connection connection) {
        try (var statement = connection.createStatement()) {
            statement.execute(dialect(connection).lockTimeout(config.lockTimeout()));
        } catch (SQLException e) {
            throw new IllegalStateException("The lock timeout could not be set on a new connection", e);
        }
    }

    @Override
    public void onConnectionAcquire(Connection connection) {
        try {
            if (dialect(connection).sessionTimeout() && !Boolean.TRUE.equals(PUBLIC_READ.get())) {
                var session = connection.unwrap(Connection.class);
                if (limited.contains(session)) {
                    try (var statement = connection.createStatement()) {
                        statement.execute(dialect(connection).clearTimeout());
                    }
                    limited.remove(session);
                }
            }
        } catch (SQLException e) {
            // Still tracked as limited, so the next taker tries again; a connection that cannot
            // take a SET is broken, and the pool finds out on its next use.
            Log.warnf(e, "Could not lift a public read's statement timeout from a pooled connection");
        }
    }

    /**
     * Takes the connection of the current transaction for a public read and gives it the
     * read's statement timeout: on PostgreSQL for this transaction, on H2 unless it has it already.
     */
    void limitForPublicRead(DataSource dataSource) throws SQLException {
        PUBLIC_READ.set(Boolean.TRUE);
        try (var connection = dataSource.getConnection()) {
            PUBLIC_READ.remove();
            var dialect = dialect(connection);
            var session = connection.unwrap(Connection.class);
            if (dialect.sessionTimeout() && limited.contains(session)) {
                return;
            }
            try (var statement = connection.createStatement()) {
                statement.execute(dialect.transactionTimeout(config.statementTimeout()));
            }
            if (dialect.sessionTimeout()) {
                limited.add(session);
            }
        } finally {
            PUBLIC_READ.remove();
        }
    }
    /** Every connection of the pool goes to the same database. */
    private Dialect dialect(Connection connection) throws SQLException {
        var known = dialect;
        if (known == null) {
            known = Dialect.of(connection);
            dialect = known;
        }
        return known;
    }
}
