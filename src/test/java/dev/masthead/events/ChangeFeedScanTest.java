package dev.masthead.events;

import static dev.masthead.testing.Editorial.ARTICLES;
import static dev.masthead.testing.Editorial.asAdmin;
import static dev.masthead.testing.Editorial.createDraft;
import static dev.masthead.testing.Editorial.etag;
import static dev.masthead.testing.Editorial.input;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.testing.Fixtures;
import dev.masthead.testing.OwnDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A run of private changes longer than one page scans: each page looks at a bounded number
 * of events, comes back empty with a cursor past them, and the public change behind them
 * still arrives, once.
 */
@QuarkusTest
@TestProfile(ChangeFeedScanTest.SmallWindow.class)
class ChangeFeedScanTest {

    /** Pages look at three events at most, so a handful of draft edits outlasts one. */
    public static class SmallWindow implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            var overrides = new HashMap<>(Map.of("masthead.changes.scan-window", "3"));
            overrides.putAll(OwnDatabase.named("change-feed-scan"));
            return overrides;
        }
    }

    @Test
    void privateChangesPastTheScanWindowCostEmptyPagesThatStillMoveOn() {
        var section = Fixtures.unique("scan-section");
        asAdmin().contentType(ContentType.JSON).body(Map.of("slug", section, "name", "Scan desk", "position", 1))
                .post("/api/v1/admin/sections").then().statusCode(201);
        var start = tail();
        var article = input(section);
        var id = createDraft(article);
        for (int i = 0; i < 6; i++) {
            asAdmin().contentType("application/merge-patch+json").header("If-Match", etag(id))
                    .body(Map.of("headline", "Draft edit " + i)).patch(ARTICLES + "/" + id).then().statusCode(200);
        }
        asAdmin().header("If-Match", etag(id)).post(ARTICLES + "/" + id + "/publish").then().statusCode(200);

        var cursors = new ArrayList<Long>();
        var slugs = new ArrayList<String>();
        var cursor = start;
        while (true) {
            var page = given().queryParam("after", cursor).queryParam("limit", 10).get("/api/v1/changes").then()
                    .statusCode(200).extract().jsonPath();
            slugs.addAll(page.getList("data.slug", String.class));
            cursor = page.getString("page.nextCursor");
            cursors.add(seq(cursor));
            if (!page.getBoolean("page.hasMore")) {
                break;
            }
        }
        // Eight events (creation, six edits, the publish) in pages of three: 3, 6, then the last two.
        assertThat(cursors).containsExactly(seq(start) + 3, seq(start) + 6, seq(start) + 8);
        assertThat(slugs).containsExactly((String) article.get("slug"));
    }

    private static String tail() {
        String cursor = null;
        while (true) {
            var request = given().queryParam("limit", 1000);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            var page = request.get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            cursor = page.getString("page.nextCursor");
            if (!page.getBoolean("page.hasMore")) {
                return cursor;
            }
        }
    }

    private static long seq(String cursor) {
        return Long.parseLong(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).substring(3));
    }
}
