package dev.masthead.database;

import static dev.masthead.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.masthead.testing.Fixtures;
import dev.masthead.testing.GraphQL;
import dev.masthead.testing.Newsletter;
import dev.masthead.testing.OwnDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.agroal.api.AgroalDataSource;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A database that cannot answer in time (a statement past its timeout, a lock held too long,
 * no free connection) gives a 503 problem with Retry-After, or a service-busy GraphQL error,
 * never a 500 or a hang; it is logged once at WARN, and the next request is served as usual.
 */
@QuarkusTest
@TestProfile(BusyDatabaseTest.TightDatabase.class)
class BusyDatabaseTest {

    /** Two connections and a short statement timeout, so a test can use up the pool and outlast the timeout. */
    public static class TightDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            var overrides = new HashMap<>(Map.of(
                    "masthead.database.statement-timeout", "300ms",
                    "quarkus.datasource.jdbc.max-size", "2",
                    // No outbox sweep reaching for a connection while a test holds them all.
                    "masthead.newsletter.outbox.poll-interval", "1h"));
            overrides.putAll(OwnDatabase.named("busy-database"));
            return overrides;
        }
    }

    private static final Path LOG = Path.of("target", "masthead-test.log");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SlowStatement slowStatement;

    @Test
    void aPublicReadPastTheStatementTimeoutIsCancelledAndAnswers503() throws IOException {
        var logged = Files.size(LOG);

        assertBusy(given().get("/test-only/endless-read").then())
                .body("detail", containsString("did not answer this request in time"));

        servedAsUsual();
        assertThat(logSince(logged)).contains("503 from EndlessRead.run: a statement ran past its timeout")
                .doesNotContain(" ERROR ");
    }

    @Test
    void workThatIsNotAPublicReadIsNotHeldToItsTimeout() {
        // Two public reads at once hold both pooled connections, so both have had the read's timeout.
        var reads = List.of(
                CompletableFuture.supplyAsync(() -> given().get("/test-only/endless-read").statusCode()),
                CompletableFuture.supplyAsync(() -> given().get("/test-only/endless-read").statusCode()));
        assertThat(reads.stream().map(CompletableFuture::join)).containsExactly(503, 503);

        // Past the 300 ms a public read may take, on a connection a public read had: it ends on its own.
        assertThat(slowStatement.run()).isNotNull();
        assertThat(slowStatement.run()).isNotNull();

        // And public reads are still held to theirs.
        assertBusy(given().get("/test-only/endless-read").then());
        servedAsUsual();
    }

    @Test
    void aFullConnectionPoolAnswers503ToReadsWritesAndGraphQL() throws Exception {
        var logged = Files.size(LOG);
        var pool = dataSource.getConfiguration().connectionPoolConfiguration();
        var usualWait = pool.acquisitionTimeout();
        var held = new ArrayList<Connection>();
        // The reads below must reach the database; what the response cache holds needs none.
        Fixtures.forgetCachedAnswers();
        given().get("/api/v1/site").then().statusCode(200);
        try {
            while (held.size() < 2) {
                held.add(dataSource.getConnection());
            }
            // Shortened only now: the first connection of a busy machine takes longer than this to open.
            pool.setAcquisitionTimeout(Duration.ofMillis(300));
            given().get("/api/v1/site").then().statusCode(200).header("X-Cache", "HIT");
            assertBusy(given().queryParam("limit", 3).get("/api/v1/articles").then())
                    .body("detail", containsString("too many requests at once"));
            assertBusy(given().get("/api/v1/sections").then());
            assertBusy(Newsletter.signup(Newsletter.address()));
            GraphQL.post("{ articles(first: 3) { edges { node { slug } } } }")
                    .body("errors[0].extensions.code", equalTo("service-busy"))
                    .body("errors[0].message", containsString("Try again in a few seconds"));
        } finally {
            closeAll(held);
            pool.setAcquisitionTimeout(usualWait);
        }

        servedAsUsual();
        GraphQL.post("{ articles(first: 3) { edges { node { slug } } } }").body("errors", equalTo(null));
        assertThat(logSince(logged)).contains("503 on /api/v1/newsletter/subscriptions: no database connection came free")
                .contains("503 from ArticleService.list: no database connection came free")
                .doesNotContain(" ERROR ");
    }

    /** PostgreSQL only: H2 has no statement that keeps a table locked across requests. */
    @Test
    @EnabledIfSystemProperty(named = "quarkus.datasource.db-kind", matches = "postgresql")
    void readsWaitingForALockedTableAnswer503() throws Exception {
        var logged = Files.size(LOG);
        Fixtures.forgetCachedAnswers();
        try (var locker = dataSource.getConnection()) {
            locker.setAutoCommit(false);
            try (var statement = locker.createStatement()) {
                statement.execute("LOCK TABLE article IN ACCESS EXCLUSIVE MODE");
                assertBusy(given().queryParam("limit", 4).get("/api/v1/articles").then());
                GraphQL.post("{ latest(first: 4) { slug } }")
                        .body("errors[0].extensions.code", equalTo("service-busy"));
            } finally {
                locker.rollback();
            }
        }

        servedAsUsual();
        assertThat(logSince(logged)).contains("503 from ArticleService.list: a statement ran past its timeout")
                .doesNotContain(" ERROR ");
    }

    private static ValidatableResponse assertBusy(ValidatableResponse response) {
        return assertProblem(response, 503, "service-busy")
                .header("Retry-After", "2")
                .header("Cache-Control", "no-store")
                .body("detail", containsString("Try again in a few seconds"));
    }

    private static void servedAsUsual() {
        given().queryParam("limit", 5).get("/api/v1/articles").then().statusCode(200);
        given().get("/api/v1/sections").then().statusCode(200);
    }

    private static String logSince(long offset) throws IOException {
        var bytes = Files.readAllBytes(LOG);
        return new String(bytes, (int) offset, bytes.length - (int) offset, StandardCharsets.UTF_8);
    }

    private static void closeAll(List<Connection> connections) throws SQLException {
        for (var connection : connections) {
            connection.close();
        }
    }
}
