package dev.masthead.database;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long the database may keep a request waiting, under {@code masthead.database}. */
@ConfigMapping(prefix = "masthead.database")
public interface DatabaseConfig {

    /**
     * Longest a statement of a public read (a REST GET, a GraphQL query) may run, waiting for
     * locks included. Past it the statement is cancelled and the request answers 503.
     */
    @WithDefault("2s")
    Duration statementTimeout();

    /**
     * Longest any statement waits for a lock another transaction holds (signups, admin writes,
     * migrations). Past it the statement fails and the request answers 503.
     */
    @WithDefault("5s")
    Duration lockTimeout();
}
