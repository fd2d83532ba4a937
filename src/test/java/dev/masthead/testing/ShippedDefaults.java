package dev.masthead.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The settings a deployment gets without overriding them, where the test profile normally
 * overrides them: the CORS origins as application.properties ships them (not the suite's
 * https://frontend.example), and an API published under a path prefix.
 */
public class ShippedDefaults implements QuarkusTestProfile {

    public static final String PUBLIC_BASE_URL = "https://api.example.com/masthead/";

    @Override
    public Map<String, String> getConfigOverrides() {
        var shipped = new Properties();
        try (var in = ShippedDefaults.class.getClassLoader().getResourceAsStream("application.properties")) {
            shipped.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var overrides = new HashMap<>(OwnDatabase.named("shipped-defaults"));
        overrides.put("%test.quarkus.http.cors.origins", shipped.getProperty("quarkus.http.cors.origins"));
        overrides.put("masthead.http.public-base-url", PUBLIC_BASE_URL);
        return overrides;
    }
}
