package dev.masthead.testing;

import static io.restassured.RestAssured.given;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Newsletter requests as a frontend makes them, each from a client IP of the test's choosing. */
public final class Newsletter {

    public static final String ADMIN_TOKEN = "test-admin-token";
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private Newsletter() {
    }

    /** A fresh address nobody else in the run uses. */
    public static String address() {
        return Fixtures.unique("reader") + "@example.com";
    }

    /** A client IP nobody else in the run uses; the tests reach Masthead through a trusted proxy. */
    public static String clientIp() {
        var n = CLIENTS.incrementAndGet();
        return "10." + ((n >> 16) & 255) + "." + ((n >> 8) & 255) + "." + (n & 255);
    }

    public static ValidatableResponse signup(String email) {
        return signup(Map.of("email", email), clientIp());
    }

    public static ValidatableResponse signup(Map<String, ?> body, String ip) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", ip).body(body)
                .post("/api/v1/newsletter/subscriptions").then();
    }

    public static Map<String, Object> body(String email, String source) {
        var body = new LinkedHashMap<String, Object>();
        body.put("email", email);
        body.put("source", source);
        return body;
    }

    public static ValidatableResponse confirm(String token) {
        return confirm(token, clientIp());
    }

    public static ValidatableResponse confirm(String token, String ip) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", ip).body(Map.of("token", token))
                .post("/api/v1/newsletter/confirmations").then();
    }

    public static ValidatableResponse unsubscribe(String token) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", clientIp()).body(Map.of("token", token))
                .post("/api/v1/newsletter/unsubscribe").then();
    }

    public static ValidatableResponse export(String email) {
        return given().contentType(ContentType.JSON).auth().oauth2(ADMIN_TOKEN).body(Map.of("email", email))
                .post("/api/v1/admin/newsletter/exports").then();
    }

    public static ValidatableResponse erase(String email) {
        return given().contentType(ContentType.JSON).auth().oauth2(ADMIN_TOKEN).body(Map.of("email", email))
                .post("/api/v1/admin/newsletter/erasures").then();
    }

    /** Moves a mailed token's expiry into the past, as if the reader waited too long. */
    public static void expire(String token) {
        sql("update newsletter_token set expires_at = ?1 where token_hash = ?2",
                Instant.now().minus(1, ChronoUnit.HOURS), sha256(token));
    }

    /** Moves the address's last confirmation mail back past any mail interval. */
    public static void mailIntervalPassed(String email) {
        sql("update newsletter_subscription set last_mail_at = ?1 where email = ?2",
                Instant.now().minus(30, ChronoUnit.DAYS), email);
    }

    /** The failed sending attempts of the address's mails still waiting in the outbox; empty when none waits. */
    public static List<Integer> outboxAttempts(String email) {
        return QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("select o.attempts from outbox o join newsletter_subscription s"
                        + " on o.topic = 'newsletter-mail' and o.ordering_key = cast(s.id as varchar(20)) where s.email = ?1 order by o.id")
                .setParameter(1, email)
                .getResultList().stream().map(n -> ((Number) n).intValue()).toList());
    }

    private static void sql(String statement, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = Arc.container().instance(EntityManager.class).get().createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            if (query.executeUpdate() != 1) {
                throw new AssertionError("Expected one row changed by: " + statement);
            }
        });
    }

    public static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
