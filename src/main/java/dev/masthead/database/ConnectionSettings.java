package dev.masthead.database;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Session settings of every pooled connection: each new one waits at most
 * {@code masthead.database.lock-timeout} for another transaction's lock (PostgreSQL would
 * otherwise wait forever), and one going back to the pool loses any statement timeout a
 * public read gave it. Quarkus installs every {@link AgroalPoolInterceptor} bean on the
 * default datasource.
 */
@ApplicationScoped
public class ConnectionSettings implements AgroalPoolInterceptor {

    private final DatabaseConfig config;
    private volatile Dialect dialect;

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
    public void onConnectionReturn(Connection connection) {
        try {
            var clear = dialect(connection).clearTimeout();
            if (clear != null) {
                try (var statement = connection.createStatement()) {
                    statement.execute(clear);
                }
            }
        } catch (SQLException e) {
            // A connection that cannot take this is broken, and the pool finds out on its next use.
            Log.debugf(e, "Could not clear the statement timeout of a returned connection");
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
