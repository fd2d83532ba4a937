package dev.masthead.testing;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Each test application starts with no rate limit buckets. On PostgreSQL they are rows of a
 * database that outlives the run (and the applications of other test profiles before it),
 * while the client IPs the tests use ({@link Newsletter#clientIp()}) repeat from run to run:
 * a bucket a tight profile emptied would refuse the next run's first requests.
 */
@ApplicationScoped
public class FreshRateLimits {

    void onStart(@Observes StartupEvent event, DataSource dataSource) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM rate_limit_bucket");
        }
    }
}
