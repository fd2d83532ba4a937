package dev.masthead.events;

import static dev.masthead.testing.Editorial.ARTICLES;
import static dev.masthead.testing.Editorial.asAdmin;
import static dev.masthead.testing.Editorial.createDraft;
import static dev.masthead.testing.Editorial.etag;
import static dev.masthead.testing.Editorial.input;
import static dev.masthead.testing.Problems.assertInvalidParameter;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.masthead.testing.Fixtures;
import dev.masthead.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The public change feed, followed the way its README recipe says: a mirror synced from
 * zero, then from its last cursor, ends up holding exactly what the public API serves, and
 * never learns of a draft.
 */
@QuarkusTest
class ChangeFeedTest {

    private static final String CHANGES = "/api/v1/changes";
    private static final String SECTIONS = "/api/v1/admin/sections";

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void aMirrorSyncedFromZeroThenFromItsCursorEqualsThePublicApi() {
        var section = Fixtures.unique("feed-section");
        var sectionId = asAdmin().contentType(ContentType.JSON)
                .body(Map.of("slug", section, "name", "Feed desk", "position", 900))
                .post(SECTIONS).then().statusCode(201).extract().jsonPath().getLong("id");
        var edited = published(section);
        var renamed = published(section);
        var withdrawn = published(section);
        var deleted = published(section);
        var feedBefore = new StringBuilder();

        var mirror = new Mirror();
        var cursor = mirror.sync(null, 1000, feedBefore);
        assertThat(mirror.pages).containsKeys(articleUrl(edited.slug), articleUrl(renamed.slug),
                articleUrl(withdrawn.slug), articleUrl(deleted.slug), "/api/v1/sections/" + section);

        // Changes of every public kind, and a draft's whole life, which must never show.
        var fresh = published(section);
        patch(edited.id, Map.of("headline", "Edited while live"));
        var newSlug = Fixtures.unique("feed-renamed");
        patch(renamed.id, Map.of("slug", newSlug));
        asAdmin().header("If-Match", etag(withdrawn.id)).post(ARTICLES + "/" + withdrawn.id + "/unpublish").then()
                .statusCode(200);
        asAdmin().header("If-Match", etag(deleted.id)).delete(ARTICLES + "/" + deleted.id).then().statusCode(204);
        var scheduledInput = input(section);
        var scheduled = createDraft(scheduledInput);
        asAdmin().contentType(ContentType.JSON).header("If-Match", etag(scheduled))
                .body(Map.of("publishAt", TestClock.now().plusSeconds(60).toString()))
                .post(ARTICLES + "/" + scheduled + "/schedule").then().statusCode(200);
        var draftInput = input(section);
        var draft = createDraft(draftInput);
        var draftSlug = (String) draftInput.get("slug");
        var draftRenamed = Fixtures.unique("feed-secret");
        patch(draft, Map.of("slug", draftRenamed, "headline", "Not for readers"));
        asAdmin().header("If-Match", etag(draft)).delete(ARTICLES + "/" + draft).then().statusCode(204);
        TestClock.advance(Duration.ofSeconds(61));
        Fixtures.publishDue();

        var feed = new StringBuilder();
        // Small pages, so the cursor carries the sync across many of them.
        cursor = mirror.sync(cursor, 2, feed);
        var scheduledSlug = (String) scheduledInput.get("slug");
        var expected = List.of("/api/v1/sections/" + section, articleUrl(edited.slug), articleUrl(newSlug),
                articleUrl(fresh.slug), articleUrl(scheduledSlug));
        var known = List.of(edited.slug, renamed.slug, newSlug, withdrawn.slug, deleted.slug, fresh.slug, scheduledSlug);
        assertMirrorServesWhatTheApiDoes(mirror, section, known, expected);
        assertThat(mirror.pages.get(articleUrl(edited.slug)).body).contains("Edited while live");

        // A section's new name shows on every article page in it, which no article change announces: the
        // feed's entry for the section names them through its surrogate keys.
        asAdmin().contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body(Map.of("name", "Feed desk, renamed")).patch(SECTIONS + "/" + sectionId).then().statusCode(200);
        mirror.sync(cursor, 100, feed);
        assertMirrorServesWhatTheApiDoes(mirror, section, known, expected);
        assertThat(mirror.pages.get(articleUrl(fresh.slug)).body).contains("Feed desk, renamed");

        assertThat(feedBefore.append(feed).toString()).doesNotContain(draftSlug).doesNotContain(draftRenamed)
                .doesNotContain("Not for readers").doesNotContain("\"actor\"").doesNotContain("scheduler");
    }

    /**
     * The mirror's pages of this test's section and articles are exactly the public API's: the section and the
     * articles its public list holds, each with the body the API serves now.
     */
    private static void assertMirrorServesWhatTheApiDoes(Mirror mirror, String section, List<String> known,
            List<String> expectedUrls) {
        var expected = new TreeMap<String, String>();
        expected.put("/api/v1/sections/" + section, fetch("/api/v1/sections/" + section));
        for (var slug : publicArticlesIn(section)) {
            expected.put(articleUrl(slug), fetch(articleUrl(slug)));
        }
        assertThat(expected.keySet()).containsExactlyInAnyOrderElementsOf(expectedUrls);
        var mine = new TreeMap<String, String>();
        mirror.pages.forEach((url, page) -> {
            if (url.equals("/api/v1/sections/" + section) || known.stream().anyMatch(s -> url.equals(articleUrl(s)))) {
                mine.put(url, page.body);
            }
        });
        assertThat(mine).isEqualTo(expected);
    }

    @Test
    void privateChangesAreSkippedYetTheCursorMovesPastThem() {
        var start = tail();
        var input = input(Fixtures.section());
        var draft = createDraft(input);
        patch(draft, Map.of("headline", "Still a draft"));

        var page = given().queryParam("after", start).get(CHANGES).then().statusCode(200)
                .body("data", org.hamcrest.Matchers.empty()).body("page.hasMore", equalTo(false))
                .extract().jsonPath();
        var next = page.getString("page.nextCursor");
        assertThat(next).isNotEqualTo(start);
        assertThat(seq(next)).isEqualTo(seq(start) + 2);
        given().queryParam("after", next).get(CHANGES).then().statusCode(200).body("data", org.hamcrest.Matchers.empty())
                .body("page.nextCursor", equalTo(next));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anImageChangeLivePagesShowIsARefreshAndADraftsImageChangeIsPrivate() {
        var shown = "https://img.example/" + Fixtures.unique("feed-hero") + ".jpg";
        var hidden = "https://img.example/" + Fixtures.unique("feed-hero") + ".jpg";
        var story = Fixtures.article().withHeroAt(shown).published();
        var secret = Fixtures.article().withHeroAt(hidden).draft();
        var start = tail();
        for (var url : List.of(shown, hidden)) {
            List<Integer> ids = asAdmin().queryParam("limit", 100).get("/api/v1/admin/images").then().statusCode(200)
                    .extract().jsonPath().getList("data.findAll { it.url == '" + url + "' }.id");
            asAdmin().contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                    .body(Map.of("alt", "A clearer alt text")).patch("/api/v1/admin/images/" + ids.get(0)).then()
                    .statusCode(200);
        }

        var page = given().queryParam("after", start).get(CHANGES).then().statusCode(200).extract();
        assertThat(page.asString()).doesNotContain(secret);
        assertThat(page.jsonPath().getList("data.findAll { it.entityType == 'image' }")).hasSize(1);
        var entry = page.jsonPath().<String, Object>getMap("data.find { it.entityType == 'image' }");
        assertThat(entry).containsEntry("action", "refresh").containsEntry("url", null).containsEntry("slug", null);
        assertThat((List<String>) entry.get("surrogateKeys")).contains("article-" + story);
    }

    @Test
    void entriesCarryNoActorAndTheirFieldsAreDeclared() {
        var start = tail();
        var article = published(Fixtures.section());
        var entry = given().queryParam("after", start).get(CHANGES).then().statusCode(200).extract().jsonPath()
                .<String, Object>getMap("data.find { it.slug == '" + article.slug + "' }");
        assertThat(entry).containsOnlyKeys("action", "kind", "entityType", "slug", "url", "formerUrl", "time", "version",
                "surrogateKeys");
        assertThat(entry).containsEntry("action", "upsert").containsEntry("kind", "published")
                .containsEntry("entityType", "article").containsEntry("url", "http://localhost:8080" + articleUrl(article.slug));
    }

    @Test
    void completePagesAreImmutableAndTheLastOneShortLived() {
        published(Fixtures.section());
        published(Fixtures.section());
        var start = encode(seq(tail()) - 4);
        var first = given().queryParam("after", start).queryParam("limit", 1).get(CHANGES).then().statusCode(200)
                .body("page.hasMore", equalTo(true)).header("Cache-Control", "public, max-age=86400, immutable")
                .header("Link", containsString("after=")).extract();
        given().queryParam("after", start).queryParam("limit", 1).header("If-None-Match", first.header("ETag"))
                .get(CHANGES).then().statusCode(304);
        given().queryParam("after", tail()).get(CHANGES).then().statusCode(200).body("page.hasMore", equalTo(false))
                .header("Cache-Control", "public, max-age=5");
    }

    @Test
    void malformedAndFutureCursorsAreRefusedNamingAfter() {
        var future = encode(seq(tail()) + 1);
        for (var bad : List.of("not a cursor", "%%%", encode("c1|-1"), encode("c1|x"), encode("c2|1"),
                encode("c1|99999999999999999999"), "A".repeat(60), future)) {
            assertInvalidParameter(given().queryParam("after", bad).get(CHANGES).then(), "after");
        }
        assertInvalidParameter(given().queryParam("after", future).get(CHANGES).then(), "after")
                .body("detail", containsString("future"));
    }

    @Test
    void limitIsBoundedAndNamed() {
        for (var bad : List.of("0", "1001", "-5", "ten", "1.5")) {
            assertInvalidParameter(given().queryParam("limit", bad).get(CHANGES).then(), "limit");
        }
        given().queryParam("limit", 1000).queryParam("after", tail()).get(CHANGES).then().statusCode(200)
                .body("page.limit", equalTo(1000));
        given().queryParam("after", tail()).get(CHANGES).then().statusCode(200).body("page.limit", equalTo(100));
    }

    // ---- helpers

    private record Created(long id, String slug) {
    }

    /** A new article published through the management API. */
    private static Created published(String section) {
        var input = input(section);
        var id = createDraft(input);
        asAdmin().header("If-Match", etag(id)).post(ARTICLES + "/" + id + "/publish").then().statusCode(200);
        return new Created(id, (String) input.get("slug"));
    }

    private static void patch(long id, Map<String, Object> changes) {
        asAdmin().contentType("application/merge-patch+json").header("If-Match", etag(id)).body(changes)
                .patch(ARTICLES + "/" + id).then().statusCode(200);
    }

    private static String articleUrl(String slug) {
        return "/api/v1/articles/" + slug;
    }

    /** The cursor at the newest change. */
    private static String tail() {
        String cursor = null;
        while (true) {
            var request = given().queryParam("limit", 1000);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            var page = request.get(CHANGES).then().statusCode(200).extract().jsonPath();
            cursor = page.getString("page.nextCursor");
            if (!page.getBoolean("page.hasMore")) {
                return cursor;
            }
        }
    }

    private static long seq(String cursor) {
        return Long.parseLong(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).substring(3));
    }

    private static String encode(long seq) {
        return encode("c1|" + seq);
    }

    private static String encode(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Slugs of the published articles in a section, every page. */
    private static List<String> publicArticlesIn(String section) {
        var slugs = new ArrayList<String>();
        String cursor = null;
        do {
            var request = given().queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/sections/" + section + "/articles").then().statusCode(200).extract()
                    .jsonPath();
            slugs.addAll(page.getList("data.slug", String.class));
            cursor = page.getString("page.nextCursor");
        } while (cursor != null);
        return slugs;
    }

    private static String fetch(String path) {
        return given().get(path).then().statusCode(200).extract().asString();
    }

    /** A mirror as the README's recipe builds one: public address -> body, with the body's Surrogate-Key. */
    private static final class Mirror {

        record Page(String body, Set<String> keys) {
        }

        final Map<String, Page> pages = new LinkedHashMap<>();

        /** Follows the feed from {@code after} (null: from the start) to its end; returns the cursor to keep. */
        String sync(String after, int limit, StringBuilder feed) {
            var cursor = after;
            while (true) {
                var request = given().queryParam("limit", limit);
                if (cursor != null) {
                    request.queryParam("after", cursor);
                }
                var response = request.get(CHANGES).then().statusCode(200).extract();
                feed.append(response.asString());
                var page = response.jsonPath();
                for (Map<String, Object> entry : page.<Map<String, Object>>getList("data")) {
                    apply(entry);
                }
                cursor = page.getString("page.nextCursor");
                if (!page.getBoolean("page.hasMore")) {
                    return cursor;
                }
            }
        }

        @SuppressWarnings("unchecked")
        private void apply(Map<String, Object> entry) {
            var url = path((String) entry.get("url"));
            switch ((String) entry.get("action")) {
                case "upsert" -> {
                    refetch(url);
                    if (entry.get("formerUrl") != null) {
                        pages.remove(path((String) entry.get("formerUrl")));
                    }
                }
                case "delete" -> pages.remove(url);
                case "refresh" -> {
                }
                default -> throw new AssertionError("unknown action in " + entry);
            }
            var keys = new HashSet<>((List<String>) entry.get("surrogateKeys"));
            for (var other : List.copyOf(pages.keySet())) {
                var page = pages.get(other);
                if (page != null && !other.equals(url) && page.keys.stream().anyMatch(keys::contains)) {
                    refetch(other);
                }
            }
        }

        private void refetch(String url) {
            var response = given().redirects().follow(false).get(url).then().extract();
            if (response.statusCode() == 200) {
                pages.put(url, new Page(response.asString(), Set.of(response.header("Surrogate-Key").split(" "))));
            } else {
                assertThat(response.statusCode()).as("GET %s", url).isIn(301, 404);
                pages.remove(url);
            }
        }

        private static String path(String url) {
            return url == null ? null : URI.create(url).getRawPath();
        }
    }
}
