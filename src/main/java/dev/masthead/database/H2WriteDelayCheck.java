package dev.masthead.database;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Warns on start when an embedded H2 file database would answer commits before writing them:
 * the JDBC URL Masthead ships with says {@code WRITE_DELAY=0}, and one set by hand may not.
 */
@ApplicationScoped
class H2WriteDelayCheck {

    /** H2's own default, in milliseconds, when nothing sets it. */
    private static final int H2_DEFAULT_WRITE_DELAY = 500;

    void onStart(@Observes StartupEvent event, DataSource dataSource) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            if (Dialect.of(connection) != Dialect.H2 || connection.getMetaData().getURL().startsWith("jdbc:h2:mem:")) {
                return;
            }
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
}
