package dev.masthead.testing;

import java.util.Map;

/**
 * For test profiles, which start a second application in the same JVM: an H2 in-memory
 * database outlives the application that made it, but the next one cannot write to it (its
 * check constraints fail), so each profile gets a database of its own. PostgreSQL runs
 * keep their database.
 */
public final class OwnDatabase {

    private static final String SHARED = "jdbc:h2:mem:masthead-test";

    private OwnDatabase() {
    }

    public static Map<String, String> named(String name) {
        var url = System.getProperty("quarkus.datasource.jdbc.url", "");
        return url.startsWith(SHARED)
                ? Map.of("quarkus.datasource.jdbc.url", url.replace(SHARED, "jdbc:h2:mem:masthead-" + name))
                : Map.of();
    }
}
