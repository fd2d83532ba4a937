package dev.masthead.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What the packaged application needs from an integration test, which starts it with the
 * prod profile (so none of application.properties' %test settings apply): a database and
 * a plain-text SMTP server. The database is a fresh H2 file under target/ for an H2 build,
 * and the suite's own database for a PostgreSQL build (-Ppostgresql), whose jar cannot use
 * H2. The SMTP server is {@link SmtpServer}, which every test in the run shares and which
 * sets the port; this adds its host and switches STARTTLS off.
 */
public class PackagedApp implements QuarkusTestResourceLifecycleManager {

    /** Marks a {@link Path} field that receives the H2 database file, or null on PostgreSQL. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface H2File {
    }

    private Path h2File;

    @Override
    public Map<String, String> start() {
        var config = new HashMap<String, String>();
        config.put("quarkus.mailer.host", "127.0.0.1");
        config.put("quarkus.mailer.start-tls", "DISABLED");
        config.put("masthead.newsletter.ip-hash-key", "integration-test-ip-hash-key");
        if ("postgresql".equals(System.getProperty("quarkus.datasource.db-kind"))) {
            config.put("quarkus.datasource.jdbc.url", System.getProperty("masthead.test.jdbc-url"));
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
    }
}
