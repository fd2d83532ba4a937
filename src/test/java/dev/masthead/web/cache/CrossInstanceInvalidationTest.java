package dev.masthead.web.cache;

import static dev.masthead.testing.Editorial.ARTICLES;
import static dev.masthead.testing.Editorial.asAdmin;
import static dev.masthead.testing.Fixtures.article;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.masthead.testing.Editorial;
import dev.masthead.testing.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;

/**
 * What another instance on the same PostgreSQL database sees: its changes reach this
 * instance's cache through NOTIFY within a second, and losing the listening connection
 * empties the cache rather than leaving it to serve what it can no longer know is current.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "quarkus.datasource.db-kind", matches = "postgresql")
class CrossInstanceInvalidationTest {

    @Inject
    AgroalDataSource database;

    private void sql(String statement, Object... parameters) throws SQLException {
        try (var connection = database.getConnection(); var prepared = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                prepared.setObject(i + 1, parameters[i]);
            }
            prepared.execute();
        }
    }

    private static String headline(String slug) {
        return given().get("/api/v1/articles/" + slug).then().statusCode(200).extract().path("headline");
    }

    private static String cache(String slug) {
        return given().get("/api/v1/articles/" + slug).then().statusCode(200).extract().header("X-Cache");
    }

    @Test
    void anotherInstancesNotificationDropsWhatItNamesWithinASecond() throws SQLException {
        var changed = article().published();
        var untouched = article().published();
        headline(changed);
        headline(untouched);
        assertThat(cache(changed)).isEqualTo("HIT");
        // As another instance would: the row changes, and its transaction notifies the keys.
        sql("UPDATE article SET headline = 'Changed on another instance' WHERE slug = ?", changed);
        assertThat(headline(changed)).as("served from memory until told").isNotEqualTo("Changed on another instance");
        sql("SELECT pg_notify(?, ?)", CacheInvalidation.CHANNEL, "another-instance article-" + changed);

        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20))
                .until(() -> headline(changed).equals("Changed on another instance"));
        assertThat(cache(untouched)).isEqualTo("HIT");
    }

    @Test
    void aChangeNotifiesTheOtherInstancesWhenItCommits() throws SQLException {
        var id = Editorial.createDraft(Editorial.input(Fixtures.section()));
        var slug = asAdmin().get(ARTICLES + "/" + id).then().extract().<String>path("slug");
        try (var listening = database.getConnection()) {
            try (var statement = listening.createStatement()) {
                statement.execute("LISTEN " + CacheInvalidation.CHANNEL);
            }
            asAdmin().contentType("application/merge-patch+json").header("If-Match", Editorial.etag(id))
                    .body(Map.of("dek", "A draft's edit touches nothing public")).patch(ARTICLES + "/" + id).then()
                    .statusCode(200);
            asAdmin().header("If-Match", Editorial.etag(id)).post(ARTICLES + "/" + id + "/publish").then().statusCode(200);

            var payloads = new ArrayList<String>();
            await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20)).until(() -> {
                var received = listening.unwrap(PGConnection.class).getNotifications(10);
                if (received != null) {
                    for (var notification : received) {
                        payloads.add(notification.getParameter());
                    }
                }
                return payloads.stream().anyMatch(p -> p.contains("article-" + slug));
            });
            var mentioning = payloads.stream().filter(p -> p.contains("article-" + slug)).toList();
            assertThat(mentioning).as("the publish only; the draft's edits were private").hasSize(1);
            assertThat(List.of(mentioning.get(0).split(" "))).contains("articles", "changes");
        }
    }

    @Test
    void losingTheListeningConnectionEmptiesTheCacheUntilItIsBack() throws SQLException {
        var slug = article().published();
        headline(slug);
        assertThat(cache(slug)).isEqualTo("HIT");
        sql("UPDATE article SET headline = 'Changed while nobody listened' WHERE slug = ?", slug);

        sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ? AND datname = current_database()",
                InvalidationListener.APPLICATION_NAME);

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                .until(() -> headline(slug).equals("Changed while nobody listened"));
        // Reconnected, it serves from memory again.
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
            headline(slug);
            return "HIT".equals(cache(slug));
        });
        assertThat(headline(slug)).as("nothing from before the loss came back").isEqualTo("Changed while nobody listened");
    }
}
