package dev.masthead.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * What the packaged application needs from an integration test, which starts it with the
 * prod profile (so none of application.properties' %test settings apply): a database and
 * a plain-text SMTP server. The database is a fresh one: an H2 file under target/ for an H2
 * build, and for a PostgreSQL build (-Ppostgresql), whose jar cannot use H2, a database
 * created beside the suite's on the same server and dropped afterwards, so the jar starts
 * as a new install does, with nothing another test left behind. The SMTP server is {@link SmtpServer}, which every test in the run shares and which
 * sets the port; this adds its host and switches STARTTLS off.
 */
public class PackagedApp implements QuarkusTestResourceLifecycleManager {

    /** Marks a {@link Path} field that receives the H2 database file, or null on PostgreSQL. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface H2File {
    }

    private Path h2File;
    private String serverUrl;
    private String database;

    @Override
    public Map<String, String> start() {
        var config = new HashMap<String, String>();
        config.put("quarkus.mailer.host", "127.0.0.1");
        config.put("quarkus.mailer.start-tls", "DISABLED");
        config.put("masthead.newsletter.ip-hash-key", "integration-test-ip-hash-key");
        if ("postgresql".equals(System.getProperty("quarkus.datasource.db-kind"))) {
            var suiteUrl = System.getProperty("masthead.test.jdbc-url");
            serverUrl = suiteUrl.substring(0, suiteUrl.lastIndexOf('/') + 1);
            database = "masthead_it_" + System.currentTimeMillis();
            sql("CREATE DATABASE " + database);
            config.put("quarkus.datasource.jdbc.url", serverUrl + database);
            config.put("quarkus.datasource.username", System.getProperty("masthead.test.username"));
        } else {
            var base = Path.of("target", "it-" + System.currentTimeMillis(), "masthead").toAbsolutePath();
            h2File = base.resolveSibling("masthead.mv.db");
            config.put("masthead.h2.path", base.toString());
        }
        return config;
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(h2File, new TestInjector.AnnotatedAndMatchesType(H2File.class, Path.class));
    }

    @Override
    public void stop() {
        if (database != null) {
            sql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    /** Runs a statement on the server's maintenance database, as the suite's user. */
    private void sql(String statement) {
        var user = System.getProperty("masthead.test.username");
        try (var db = DriverManager.getConnection(serverUrl + "postgres", user, System.getProperty(
                "masthead.test.password", ""));
                var run = db.createStatement()) {
            run.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + statement + "' on " + serverUrl, e);
        }
    }
}
