package dev.masthead.content.search;

import static dev.masthead.testing.Fixtures.article;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.testing.Fixtures;
import dev.masthead.testing.OwnDatabase;
import dev.masthead.testing.SqlLog;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bounded search: relevance ranks only a window of the newest matches, then goes on
 * newest first, with cursors that keep to the window they started with; time orders fetch
 * a few matches through the search index and walk their own index for many, with the same
 * results either way. A tiny window (2) and index threshold (4) make both visible with a
 * handful of articles: 4 matches or fewer take the index path, more the walk.
 */
@QuarkusTest
@TestProfile(SearchWindowTest.TinyWindow.class)
class SearchWindowTest {

    public static class TinyWindow implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            var overrides = new HashMap<>(Map.of(
                    "masthead.content.search.relevance-window", "2",
                    "masthead.content.search.index-threshold", "4"));
            overrides.putAll(OwnDatabase.named("search-window"));
            return overrides;
        }
    }

    private static final Instant BASE = Instant.parse("2021-06-01T08:00:00Z");

    private static String word() {
        return "qz" + Fixtures.unique("win").replace("-", "");
    }

    private static List<String> search(String... params) {
        var request = given();
        for (int i = 0; i < params.length; i += 2) {
            request.queryParam(params[i], params[i + 1]);
        }
        return request.get("/api/v1/articles").then().statusCode(200).extract().jsonPath().getList("data.slug");
    }

    /** Every page of a search, following nextCursor: the slugs in order, each page checked to be full but the last. */
    private static List<String> paged(int limit, String... params) {
        var seen = new ArrayList<String>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("limit", limit);
            for (int i = 0; i < params.length; i += 2) {
                request.queryParam(params[i], params[i + 1]);
            }
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/articles").then().statusCode(200).extract().jsonPath();
            List<String> slugs = page.getList("data.slug");
            cursor = page.getString("page.nextCursor");
            if (cursor != null) {
                assertThat(slugs).hasSize(limit);
            }
            seen.addAll(slugs);
            pages++;
        } while (cursor != null && pages < 50);
        assertThat(new HashSet<>(seen)).hasSize(seen.size());
        return seen;
    }

    /**
     * {@code n} matches an hour apart, oldest first, with a non-matching article between
     * each two: the newest has the word once in its body, every older one in its headline
     * (a better score). Returns the matches, oldest first.
     */
    private static List<String> matches(String w, int n) {
        var slugs = new ArrayList<String>();
        for (int i = 0; i < n; i++) {
            var at = BASE.plus(i, ChronoUnit.HOURS);
            var builder = i == n - 1 ? article().paragraphs("Once " + w + ".") : article().headline("On " + w);
            slugs.add(builder.publishedAt(at).published());
            article().paragraphs("Nothing to see.").publishedAt(at.plus(30, ChronoUnit.MINUTES)).published();
        }
        return slugs;
    }

    private static List<String> reversed(List<String> list) {
        var copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 7})
    void relevanceRanksTheNewestWindowThenGoesOnNewestFirst(int n) {
        var w = word();
        var oldestFirst = matches(w, n);
        // The window is the two newest: the headline match before the newest, body-only one.
        // Past it, the older matches come newest first, though each outscores both.
        var expected = new ArrayList<String>();
        expected.add(oldestFirst.get(n - 2));
        expected.add(oldestFirst.get(n - 1));
        for (int i = n - 3; i >= 0; i--) {
            expected.add(oldestFirst.get(i));
        }

        assertThat(search("q", w, "limit", "100")).containsExactlyElementsOf(expected);
        // Pages ending inside the window, exactly at its end, and across it.
        for (int limit = 1; limit <= 3; limit++) {
            assertThat(paged(limit, "q", w)).as("limit %d", limit).containsExactlyElementsOf(expected);
        }
        // totalCount counts every match, not just the window.
        var count = given().contentType("application/json")
                .body(Map.of("query", "query($q: String) { articles(filter: {q: $q}, first: 1) { totalCount } }",
                        "variables", Map.of("q", w)))
                .post("/graphql").then().statusCode(200).extract().jsonPath().getInt("data.articles.totalCount");
        assertThat(count).isEqualTo(n);
    }

    @Test
    void laterPagesRankTheWindowTheFirstPageRanked() {
        var w = word();
        var oldestFirst = matches(w, 6);
        var expected = List.of(oldestFirst.get(4), oldestFirst.get(5), oldestFirst.get(3), oldestFirst.get(2),
                oldestFirst.get(1), oldestFirst.get(0));
        var first = given().queryParam("q", w).queryParam("limit", 1).get("/api/v1/articles").then().statusCode(200)
                .extract().jsonPath();
        assertThat(first.getList("data.slug")).containsExactly(expected.get(0));

        // A better match published after the first page joins neither the window nor the rest.
        var newer = article().headline(w + " " + w + " again").publishedAt(BASE.plus(1, ChronoUnit.DAYS)).published();
        var seen = new ArrayList<String>(first.getList("data.slug"));
        var cursor = first.getString("page.nextCursor");
        while (cursor != null) {
            var page = given().queryParam("q", w).queryParam("limit", 1).queryParam("cursor", cursor)
                    .get("/api/v1/articles").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("data.slug"));
            cursor = page.getString("page.nextCursor");
        }
        assertThat(seen).containsExactlyElementsOf(expected);

        // A new first page ranks the new window: the newcomer and the newest before it.
        assertThat(search("q", w, "limit", "3")).containsExactly(newer, oldestFirst.get(5), oldestFirst.get(4));
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 7})
    void timeOrdersGiveThePlainOrderOnTheIndexPathAndTheWalkAlike(int n) {
        var w = word();
        var section = Fixtures.section();
        var tag = Fixtures.tag();
        var oldestFirst = new ArrayList<String>();
        var inSection = new ArrayList<String>();
        var tagged = new ArrayList<String>();
        for (int i = 0; i < n; i++) {
            var at = BASE.plus(i, ChronoUnit.HOURS);
            var builder = article().paragraphs("About " + w + ".").publishedAt(at);
            if (i % 2 == 0) {
                builder.inSection(section);
            }
            if (i % 3 == 0) {
                builder.taggedWith(tag);
            }
            var slug = builder.published();
            oldestFirst.add(slug);
            if (i % 2 == 0) {
                inSection.add(slug);
            }
            if (i % 3 == 0) {
                tagged.add(slug);
            }
            article().paragraphs("Nothing to see.").inSection(section).taggedWith(tag)
                    .publishedAt(at.plus(30, ChronoUnit.MINUTES)).published();
        }
        var newestFirst = reversed(oldestFirst);

        SqlLog.clear();
        assertThat(search("q", w, "sort", "-publishedAt", "limit", "100")).containsExactlyElementsOf(newestFirst);
        // More matches than the threshold: the list walks its index and checks each article.
        var walked = SqlLog.statements().stream().anyMatch(sql -> sql.contains("exists")
                && (sql.contains("article_term") || sql.contains("article_body")));
        assertThat(walked).isEqualTo(n > 4);

        assertThat(paged(2, "q", w, "sort", "-publishedAt")).containsExactlyElementsOf(newestFirst);
        assertThat(paged(2, "q", w, "sort", "publishedAt")).containsExactlyElementsOf(oldestFirst);
        assertThat(paged(2, "q", w, "sort", "-updatedAt")).containsExactlyInAnyOrderElementsOf(oldestFirst);
        assertThat(paged(1, "q", w, "sort", "-publishedAt", "section", section))
                .containsExactlyElementsOf(reversed(inSection));
        assertThat(paged(1, "q", w, "sort", "-publishedAt", "tag", tag))
                .containsExactlyElementsOf(reversed(tagged));
        assertThat(paged(2, "q", w, "sort", "-publishedAt", "since", "2021-06-01T10:00:00Z"))
                .containsExactlyElementsOf(newestFirst.subList(0, n - 2));

        // Counts find their matches as pages do: by id when few, walking the index when many,
        // never collecting every match of a common word first.
        SqlLog.clear();
        assertThat(count(w, null)).isEqualTo(n);
        var counting = SqlLog.statements().stream().filter(sql -> sql.contains("count(")).toList();
        assertThat(counting).hasSize(1);
        assertThat(counting.get(0).contains("exists")).as(counting.get(0)).isEqualTo(n > 4);
        assertThat(count(w, section)).isEqualTo(inSection.size());
    }

    /** GraphQL's totalCount of a search, in one section or all. */
    private static int count(String w, String section) {
        var filter = new HashMap<String, Object>(Map.of("q", w));
        if (section != null) {
            filter.put("section", section);
        }
        return given().contentType("application/json")
                .body(Map.of("query", "query($f: ArticleFilter) { articles(filter: $f) { totalCount } }",
                        "variables", Map.of("f", filter)))
                .post("/graphql").then().statusCode(200).extract().jsonPath().getInt("data.articles.totalCount");
    }
}
