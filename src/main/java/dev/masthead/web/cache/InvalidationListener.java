package dev.masthead.web.cache;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;

/**
 * On PostgreSQL, listens for the invalidations other instances send ({@link CacheInvalidation})
 * on a connection of its own, outside the pool, and drops what they name. While that
 * connection is down the instance cannot know what others changed, so its cache is emptied
 * and switched off until the connection is back (and emptied again then, for what changed
 * in between). The connection is checked every few seconds, so a silently dead one is found
 * too. On H2 there is one instance and nothing to listen for.
 */
@ApplicationScoped
public class InvalidationListener {

    /** The name the listening connection carries in pg_stat_activity. */
    static final String APPLICATION_NAME = "masthead-cache-invalidation";
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(5);
    private static final Duration RECONNECT_AFTER = Duration.ofSeconds(1);

    private final ResponseCache cache;
    private final CacheInvalidation invalidation;
    private final boolean postgresql;
    private final String url;
    private final Optional<String> username;
    private final Optional<String> password;
    private volatile boolean running;
    private volatile Connection connection;
    private Thread thread;

    public InvalidationListener(ResponseCache cache, CacheInvalidation invalidation,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.cache = cache;
        this.invalidation = invalidation;
        this.postgresql = dbKind.startsWith("postgres");
        this.url = url;
        this.username = username;
        this.password = password;
    }

    void onStart(@Observes StartupEvent event) {
        if (!postgresql || !cache.active()) {
            return;
        }
        cache.suspend("not yet listening for other instances' changes");
        running = true;
        thread = new Thread(this::listen, "masthead-cache-invalidation");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        var open = connection;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException e) {
                // Going away anyway.
            }
        }
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        while (running) {
            try (var open = connect()) {
                connection = open;
                try (var statement = open.createStatement()) {
                    statement.execute("LISTEN " + CacheInvalidation.CHANNEL);
                }
                cache.resume();
                receive(open);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    cache.suspend("the invalidation connection failed (" + e.getMessage() + "); reconnecting");
                }
            } finally {
                connection = null;
            }
            pause();
        }
    }

    private void receive(Connection open) throws SQLException {
        var notifications = open.unwrap(PGConnection.class);
        long checkAt = System.nanoTime() + CHECK_EVERY.toNanos();
        while (running) {
            var received = notifications.getNotifications((int) POLL.toMillis());
            if (received != null) {
                for (var notification : received) {
                    apply(notification.getParameter());
                }
            }
            if (System.nanoTime() - checkAt > 0) {
                try (var statement = open.createStatement()) {
                    statement.setQueryTimeout(5);
                    statement.execute("SELECT 1");
                }
                checkAt = System.nanoTime() + CHECK_EVERY.toNanos();
            }
        }
    }

    private void apply(String payload) {
        var words = payload.split(" ");
        if (words.length == 0 || words[0].equals(invalidation.instance)) {
            // Our own change, dropped already when it committed.
            return;
        }
        if (words.length > 1 && words[1].equals(CacheInvalidation.EVERYTHING)) {
            cache.invalidateAll();
        } else {
            cache.invalidate(Arrays.asList(words).subList(1, words.length));
        }
    }

    private Connection connect() throws SQLException {
        var properties = new Properties();
        username.ifPresent(name -> properties.setProperty("user", name));
        password.ifPresent(secret -> properties.setProperty("password", secret));
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("tcpKeepAlive", "true");
        // A read on a half-open socket fails within this, so the check below finds a dead connection.
        properties.setProperty("socketTimeout", "10");
        var open = DriverManager.getConnection(url, properties);
        open.setAutoCommit(true);
        return open;
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_AFTER.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
