package dev.masthead.content.article;

import static dev.masthead.testing.Fixtures.article;
import static dev.masthead.testing.Problems.assertInvalidParameter;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.masthead.testing.Fixtures;
import dev.masthead.testing.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text search ({@code q}) through REST and GraphQL, on whichever database the suite runs. */
@QuarkusTest
class ArticleSearchTest {

    private static final Instant BASE = Instant.parse("2020-03-01T08:00:00Z");

    /** A word no other test's article contains (letters and digits only, so one search term). */
    private static String word() {
        return "qz" + Fixtures.unique("w").replace("-", "");
    }

    private static String lettersOnly(String word) {
        var letters = new StringBuilder();
        word.chars().forEach(c -> letters.append(Character.isDigit(c) ? (char) ('g' + c - '0') : (char) c));
        return letters.toString();
    }

    private static List<String> search(String... params) {
        var request = given();
        for (int i = 0; i < params.length; i += 2) {
            request.queryParam(params[i], params[i + 1]);
        }
        return request.get("/api/v1/articles").then().statusCode(200).extract().jsonPath().getList("data.slug");
    }

    @Test
    void headlineMatchRanksAboveDekAboveBodyWhateverThePublicationTime() {
        var w = word();
        var inHeadline = article().headline("Talks on " + w + " resume").publishedAt(BASE).published();
        var inDek = article().dek("Why " + w + " matters").publishedAt(BASE.plusSeconds(60)).published();
        var inBody = article().paragraphs("Once more " + w + ", and " + w + " again, and " + w + " a third time.")
                .publishedAt(BASE.plusSeconds(120)).published();

        // Relevance is the default with q, and can be asked for by name.
        assertThat(search("q", w)).containsExactly(inHeadline, inDek, inBody);
        assertThat(search("q", w, "sort", "relevance")).containsExactly(inHeadline, inDek, inBody);
        assertThat(search("q", w.toUpperCase())).containsExactly(inHeadline, inDek, inBody);
    }

    @Test
    void otherSortsOrderTheMatchesByTime() {
        var w = word();
        var inHeadline = article().headline("Talks on " + w).publishedAt(BASE).published();
        var inBody = article().paragraphs("About " + w + ".").publishedAt(BASE.plusSeconds(60)).published();
        article().paragraphs("Nothing to find here.").publishedAt(BASE.plusSeconds(30)).published();

        assertThat(search("q", w, "sort", "-publishedAt")).containsExactly(inBody, inHeadline);
        assertThat(search("q", w, "sort", "publishedAt")).containsExactly(inHeadline, inBody);
    }

    @Test
    void everyWordMustMatchAnywhereInTheArticle() {
        var a = word();
        var b = word();
        var both = article().headline("On " + a).paragraphs("And " + b + ".").published();
        article().headline("Only " + a).published();
        article().paragraphs("Only " + b + ".").published();

        assertThat(search("q", a + " " + b)).containsExactly(both);
        assertThat(search("q", b + "   " + a.toUpperCase())).containsExactly(both);
        assertThat(search("q", a + " " + b + " " + word())).isEmpty();
    }

    @Test
    void pluralsMatchTheSingularAndStopWordsAreIgnored() {
        var section = Fixtures.section();
        var tariffs = article().inSection(section).paragraphs("New tariffs on steel and the policies behind them.")
                .published();

        assertThat(search("section", section, "q", "tariff")).containsExactly(tariffs);
        assertThat(search("section", section, "q", "the tariffs of policy")).containsExactly(tariffs);
        // Only stop words: nothing can match, and that is an empty page, not an error.
        assertThat(search("section", section, "q", "the of and")).isEmpty();
    }

    @Test
    void draftsArchivedAndFutureScheduledArticlesNeverMatch() {
        var w = word();
        var published = article().headline("Published " + w).publishedAt(BASE).published();
        article().headline("Draft " + w).draft();
        article().headline("Archived " + w).publishedAt(BASE).archived();
        article().headline("Scheduled " + w).scheduledFor(Instant.now().plus(1, ChronoUnit.DAYS));
        var due = article().paragraphs("Due " + w + ".").scheduledFor(Instant.now().minus(1, ChronoUnit.MINUTES));
        // A due article goes live when the publishing job fires, not by itself.
        Fixtures.publishDue();

        assertThat(search("q", w)).containsExactly(published, due);
        assertThat(search("q", w, "sort", "-publishedAt")).containsExactly(due, published);
        given().queryParam("q", w).get("/api/v1/articles").then().statusCode(200).body("data.size()", equalTo(2));
    }

    @Test
    void filtersCombineWithTheTextQuery() {
        var w = word();
        var section = Fixtures.section();
        var other = Fixtures.section();
        var tag = Fixtures.tag();
        var author = Fixtures.author();
        var analysis = article().inSection(section).ofType(ArticleType.ANALYSIS).taggedWith(tag).by(author)
                .headline("Analysis of " + w).publishedAt(BASE).published();
        var news = article().inSection(section).paragraphs("News of " + w + ".").publishedAt(BASE.plusSeconds(86_400))
                .published();
        var elsewhere = article().inSection(other).headline("Elsewhere " + w).publishedAt(BASE).published();

        assertThat(search("q", w, "section", section)).containsExactly(analysis, news);
        assertThat(search("q", w, "section", other)).containsExactly(elsewhere);
        assertThat(search("q", w, "type", "analysis")).containsExactly(analysis);
        assertThat(search("q", w, "tag", tag)).containsExactly(analysis);
        assertThat(search("q", w, "author", author)).containsExactly(analysis);
        assertThat(search("q", w, "since", "2020-03-02")).containsExactly(news);
        assertThat(search("q", w, "until", "2020-03-01")).containsExactlyInAnyOrder(analysis, elsewhere);
        assertThat(search("q", w, "section", section, "sort", "-publishedAt")).containsExactly(news, analysis);
    }

    @Test
    void pagingThroughRelevanceResultsNeitherRepeatsNorSkips() {
        var w = word();
        var expected = new ArrayList<String>();
        // Headline, dek and body matches, with ties of equal score that only the id orders.
        expected.add(article().headline(w + " one").published());
        expected.add(article().headline(w + " two").published());
        expected.add(article().dek(w + " three").published());
        expected.add(article().paragraphs(w + " " + w + " four.").published());
        expected.add(article().paragraphs(w + " five.").published());
        expected.add(article().paragraphs(w + " six.").published());
        expected.add(article().paragraphs(w + " seven.").published());

        var whole = search("q", w, "limit", "100");
        assertThat(whole).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(whole.subList(0, 2)).containsExactlyInAnyOrderElementsOf(expected.subList(0, 2));
        assertThat(whole.get(2)).isEqualTo(expected.get(2));
        assertThat(whole.get(3)).isEqualTo(expected.get(3));

        var seen = new ArrayList<String>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("q", w).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var response = request.get("/api/v1/articles").then().statusCode(200).extract();
            seen.addAll(response.jsonPath().getList("data.slug"));
            cursor = response.jsonPath().getString("page.nextCursor");
            if (cursor != null) {
                // The Link header carries q, so following it continues the same search.
                assertThat(response.header("Link")).contains("q=" + w).contains("cursor=" + cursor);
            }
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(pages).isEqualTo(4);
        assertThat(new HashSet<>(seen)).hasSize(seen.size());
        assertThat(seen).containsExactlyElementsOf(whole);
    }

    @Test
    void relevanceCursorContinuesOnlyTheSearchItCameFrom() {
        // Words of letters only (PostgreSQL leaves words with digits unstemmed), so that its
        // stemmer folds their plurals as H2 does.
        var w = lettersOnly(word()) + "ant";
        var other = lettersOnly(word()) + "ent";
        article().headline(w + " and " + other).published();
        article().paragraphs(w + " and " + other + ".").published();
        var cursor = given().queryParam("q", w).queryParam("limit", 1).get("/api/v1/articles").then().statusCode(200)
                .extract().jsonPath().getString("page.nextCursor");
        assertThat(cursor).isNotNull();

        assertInvalidParameter(given().queryParam("q", other).queryParam("limit", 1).queryParam("cursor", cursor)
                .get("/api/v1/articles").then(), "cursor")
                .body("detail", containsString("another q"));
        assertInvalidParameter(given().queryParam("q", w).queryParam("sort", "-publishedAt")
                .queryParam("cursor", cursor).get("/api/v1/articles").then(), "cursor")
                .body("detail", containsString("relevance"));
        assertInvalidParameter(given().queryParam("q", w + " " + other).queryParam("limit", 1)
                .queryParam("cursor", cursor).get("/api/v1/articles").then(), "cursor")
                .body("detail", containsString("another q"));
        // Queries that search the same terms share cursors: case, plurals, ignored words, repeats.
        for (var same : List.of(w.toUpperCase(), w + "s", "the " + w + "s of", w + " " + w, "a " + w + " !")) {
            given().queryParam("q", same).queryParam("limit", 1).queryParam("cursor", cursor)
                    .get("/api/v1/articles").then().statusCode(200).body("data.size()", equalTo(1))
                    .body("page.nextCursor", nullValue());
        }
        // And two words in either order are one search.
        var both = given().queryParam("q", w + " " + other).queryParam("limit", 1).get("/api/v1/articles").then()
                .statusCode(200).extract().jsonPath().getString("page.nextCursor");
        given().queryParam("q", other + "s " + w).queryParam("limit", 1).queryParam("cursor", both)
                .get("/api/v1/articles").then().statusCode(200).body("data.size()", equalTo(1))
                .body("page.nextCursor", nullValue());
    }

    @Test
    void relevanceWithoutTextQueryAnswers400NamingSort() {
        assertInvalidParameter(given().queryParam("sort", "relevance").get("/api/v1/articles").then(), "sort")
                .body("detail", containsString("needs q"));
        assertInvalidParameter(given().queryParam("sort", "relevance").queryParam("q", "   ")
                .get("/api/v1/articles").then(), "sort");
        assertInvalidParameter(given().queryParam("sort", "relevance")
                .get("/api/v1/sections/europe/articles").then(), "sort");
    }

    @Test
    void hostileTextQueriesAnswer400WithAProblem() {
        assertInvalidParameter(given().urlEncodingEnabled(false).queryParam("q", "war%07peace")
                .get("/api/v1/articles").then(), "q").body("detail", containsString("control characters"));
        assertInvalidParameter(given().queryParam("q", "a b c d e f g h i").get("/api/v1/articles").then(), "q")
                .body("detail", containsString("8 words"));
        assertInvalidParameter(given().queryParam("q", "y".repeat(201)).get("/api/v1/articles").then(), "q")
                .body("detail", containsString("200 characters"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"!", "&", "|", ":*", "'", "\\", "!!!", "& | !", "a:*", "'; DROP TABLE article; --",
            "\\' OR 1=1 --", "(foo | bar) & !baz", "<-> foo <2> bar", "%_%", "\"quoted phrase\"",
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void textQueryMetacharactersAreJustTextAndNeverAnError(String q) {
        given().queryParam("q", q).get("/api/v1/articles").then().statusCode(200).contentType("application/json");
        given().queryParam("q", q).queryParam("sort", "-updatedAt").get("/api/v1/articles").then().statusCode(200);
        GraphQL.post("query($q: String) { articles(filter: {q: $q}, first: 5) { totalCount edges { node { slug } } } }",
                Map.of("q", q)).body("errors", nullValue());
    }

    @Test
    void searchOperatorsCannotWidenAMatch() {
        var w = word();
        var other = word();
        var match = article().headline(w + " " + other).published();
        article().headline("Only " + other).published();
        article().headline(w + "suffix in one word").published();

        // No OR, no negation, no prefix search: every word must match, as written.
        assertThat(search("q", w + " | " + other)).containsExactly(match);
        assertThat(search("q", w + " & !" + other)).containsExactly(match);
        assertThat(search("q", w + ":*")).containsExactly(match);
        assertThat(search("q", "'" + w + "' | '" + other + "'")).containsExactly(match);
    }

    @Test
    void graphqlSearchesTheSameWayAndRefusesRelevanceWithoutQ() {
        var w = word();
        var section = Fixtures.section();
        var inHeadline = article().inSection(section).headline(w + " leads").publishedAt(BASE).published();
        var inBody = article().inSection(section).paragraphs("Later, " + w + ".").publishedAt(BASE.plusSeconds(60))
                .published();

        GraphQL.post("query($q: String) { articles(filter: {q: $q}) { totalCount edges { node { slug } } } }",
                        Map.of("q", w))
                .body("errors", nullValue())
                .body("data.articles.totalCount", equalTo(2))
                .body("data.articles.edges.node.slug", equalTo(List.of(inHeadline, inBody)));
        GraphQL.post("query($q: String) { articles(filter: {q: $q}, sort: NEWEST) { edges { node { slug } } } }",
                        Map.of("q", w))
                .body("data.articles.edges.node.slug", equalTo(List.of(inBody, inHeadline)));
        GraphQL.post("query($s: String!, $q: String) { section(slug: $s) { articles(filter: {q: $q}, sort: RELEVANCE)"
                        + " { edges { node { slug } } } } }", Map.of("s", section, "q", w))
                .body("data.section.articles.edges.node.slug", equalTo(List.of(inHeadline, inBody)));
        GraphQL.post("{ articles(sort: RELEVANCE) { edges { node { slug } } } }")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("invalid-parameter"))
                .body("errors[0].message", containsString("needs q"));
    }

    @Test
    void aTextQueryMatchingNothingGivesAnEmptyPage() {
        given().queryParam("q", word()).get("/api/v1/articles").then().statusCode(200)
                .body("data", empty())
                .body("page.nextCursor", nullValue());
    }
}
