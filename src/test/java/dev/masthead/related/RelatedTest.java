package dev.masthead.related;

import static dev.masthead.testing.Fixtures.article;
import static dev.masthead.testing.Problems.assertInvalidParameter;
import static dev.masthead.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.masthead.testing.Fixtures;
import dev.masthead.testing.GraphQL;
import dev.masthead.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RelatedTest {

    private static final Instant NOW = Instant.now();

    @Inject
    SessionFactory sessions;

    private static List<String> related(String slug, Object... params) {
        var request = given();
        for (int i = 0; i < params.length; i += 2) {
            request.queryParam((String) params[i], params[i + 1]);
        }
        return request.get("/api/v1/articles/" + slug + "/related").then().statusCode(200)
                .extract().jsonPath().getList("data.slug");
    }

    private static Instant daysAgo(long days) {
        return NOW.minus(days, ChronoUnit.DAYS);
    }

    @Test
    void pinnedArticlesComeFirstInTheEditorsOrder() {
        var section = Fixtures.section();
        var tag = Fixtures.tag();
        var strong = article().inSection(section).taggedWith(tag).publishedAt(daysAgo(1)).published();
        var pinB = article().publishedAt(daysAgo(900)).published();
        var pinA = article().publishedAt(daysAgo(800)).published();
        var source = article().inSection(section).taggedWith(tag).pinning(pinA, pinB).published();

        assertThat(related(source)).containsExactly(pinA, pinB, strong);
        assertThat(related(source, "limit", 1)).containsExactly(pinA);
    }

    @Test
    void sharedTagsOutrankTheSameSectionAndSharedAuthorsCount() {
        var section = Fixtures.section();
        var tags = new String[] {Fixtures.tag(), Fixtures.tag()};
        var author = Fixtures.author();
        var source = article().inSection(section).taggedWith(tags).by(author).publishedAt(daysAgo(2)).published();
        var sameSection = article().inSection(section).publishedAt(daysAgo(1)).published();
        var oneTag = article().taggedWith(tags[0]).publishedAt(daysAgo(1)).published();
        var twoTags = article().taggedWith(tags).publishedAt(daysAgo(1)).published();
        var tagAndAuthor = article().taggedWith(tags[1]).by(author).publishedAt(daysAgo(1)).published();

        // 6 (two tags) > 5 (tag + author) > 3 (one tag) > 2 (section), all equally recent.
        assertThat(related(source, "limit", 4)).containsExactly(twoTags, tagAndAuthor, oneTag, sameSection);
    }

    @Test
    void recencyDecaysSoAnOldTagMatchLosesToLastWeeksSectionMate() {
        var section = Fixtures.section();
        var tag = Fixtures.tag();
        var source = article().inSection(section).taggedWith(tag).published();
        var tenYearsOld = article().taggedWith(tag).publishedAt(daysAgo(3650)).published();
        var lastWeek = article().inSection(section).publishedAt(daysAgo(7)).published();

        assertThat(related(source, "limit", 2)).containsExactly(lastWeek, tenYearsOld);
    }

    @Test
    void neverTheArticleItselfNorUnpublishedArticlesEvenWhenPinned() {
        var section = Fixtures.section();
        var tag = Fixtures.tag();
        var draft = article().inSection(section).taggedWith(tag).draft();
        var archived = article().inSection(section).taggedWith(tag).archived();
        var future = article().inSection(section).taggedWith(tag).scheduledFor(NOW.plus(3, ChronoUnit.DAYS));
        var visible = article().inSection(section).taggedWith(tag).published();
        var source = article().inSection(section).taggedWith(tag).pinning(draft, archived, future).published();

        var slugs = related(source, "limit", 12);
        assertThat(slugs).doesNotContain(source, draft, archived, future).startsWith(visible);
    }

    @Test
    void excludedSlugsAreLeftOutPinsIncluded() {
        var section = Fixtures.section();
        var pin = article().publishedAt(daysAgo(5)).published();
        var a = article().inSection(section).publishedAt(daysAgo(1)).published();
        var b = article().inSection(section).publishedAt(daysAgo(2)).published();
        var c = article().inSection(section).publishedAt(daysAgo(3)).published();
        var source = article().inSection(section).pinning(pin).published();

        assertThat(related(source)).containsExactly(pin, a, b);
        // The third place goes to the latest article site-wide: the rail stays full.
        assertThat(related(source, "exclude", pin + "," + a)).hasSize(3).startsWith(b, c).doesNotContain(pin, a);
        assertThat(related(source, "exclude", pin + "," + a, "limit", 2)).containsExactly(b, c);
        assertThat(given().queryParam("exclude", pin).queryParam("exclude", b)
                .get("/api/v1/articles/" + source + "/related").then().statusCode(200)
                .extract().jsonPath().getList("data.slug", String.class)).startsWith(a, c);
    }

    @Test
    void tiesAreBrokenByPublicationTimeThenNewestFirst() {
        var section = Fixtures.section();
        // Ages count in whole seconds, so within one second the scores tie.
        var at = daysAgo(4).truncatedTo(ChronoUnit.SECONDS);
        var publishedLater = article().inSection(section).publishedAt(at.plusMillis(500)).published();
        var first = article().inSection(section).publishedAt(at).published();
        var second = article().inSection(section).publishedAt(at).published();
        var source = article().inSection(section).published();

        // The later publication wins although it was stored first; between equal times, the newer article.
        assertThat(related(source)).containsExactly(publishedLater, second, first);
    }

    @Test
    void withNothingRelatedTheRailFallsBackToTheLatestSiteWide() {
        // In a section of its own, without tags or authors; the three below are the newest site-wide
        // once the clock moves 40 minutes on: short of SiteAndLatestTest's LATEST rail (50) and of
        // every article the suite schedules for later.
        var now = TestClock.now().plus(Duration.ofMinutes(40));
        var third = article().publishedAt(now.minusSeconds(3)).published();
        var second = article().publishedAt(now.minusSeconds(2)).published();
        var lonely = article().publishedAt(now.minusSeconds(1)).published();
        var newest = article().publishedAt(now.minusMillis(500)).published();
        TestClock.advance(Duration.ofMinutes(40));
        try {
            assertThat(related(lonely)).containsExactly(newest, second, third);
        } finally {
            TestClock.reset();
        }
    }

    @Test
    void sectionMatesFillTheRailBeforeTheSiteWideLatest() {
        var section = Fixtures.section();
        var mate = article().inSection(section).publishedAt(daysAgo(300)).published();
        var source = article().inSection(section).published();

        var slugs = related(source);
        assertThat(slugs).hasSize(3).startsWith(mate).doesNotContain(source);
    }

    @Test
    void teasersCarryWhatKeepReadingShows() {
        var section = Fixtures.section();
        article().inSection(section).withHero("A caption", "A credit").excerpt("The editor's excerpt.")
                .published();
        var source = article().inSection(section).published();

        given().get("/api/v1/articles/" + source + "/related").then().statusCode(200)
                .header("Surrogate-Key", containsString("article-" + source))
                .body("data[0].headline", notNullValue())
                .body("data[0].section.slug", equalTo(section))
                .body("data[0].heroImage.caption", equalTo("A caption"))
                .body("data[0].heroImage.credit", equalTo("A credit"))
                .body("data[0].excerpt", equalTo("The editor's excerpt."))
                .body("data[0].excerptTruncated", equalTo(false))
                .body("data[0].readingTimeMinutes", equalTo(1))
                .body("data[0].publishedAt", notNullValue());
    }

    @Test
    void derivedExcerptsAreCutAtAWordBoundaryAsPlainText() {
        var section = Fixtures.section();
        var entities = article().inSection(section).publishedAt(daysAgo(1))
                .paragraphs("Tom &amp; Jerry &lt;3 <strong>bold</strong> &quot;quoted&quot; " + "words ".repeat(80))
                .published();
        var longWord = article().inSection(section).publishedAt(daysAgo(2)).paragraphs("x".repeat(400)).published();
        var shortBody = article().inSection(section).publishedAt(daysAgo(3)).paragraphs("Short & sweet.").published();
        var source = article().inSection(section).published();

        var data = given().get("/api/v1/articles/" + source + "/related").then().statusCode(200)
                .extract().jsonPath();
        assertThat(data.getList("data.slug", String.class)).containsExactly(entities, longWord, shortBody);
        var cut = data.getString("data[0].excerpt");
        assertThat(cut).startsWith("Tom & Jerry <3 bold \"quoted\" words").endsWith("words…")
                .doesNotContain("&amp;", "<strong>", "&quot;").hasSizeLessThanOrEqualTo(280);
        assertThat(data.getBoolean("data[0].excerptTruncated")).isTrue();
        assertThat(data.getString("data[1].excerpt")).hasSize(280).endsWith("x…");
        assertThat(data.getBoolean("data[1].excerptTruncated")).isTrue();
        assertThat(data.getString("data[2].excerpt")).isEqualTo("Short & sweet.");
        assertThat(data.getBoolean("data[2].excerptTruncated")).isFalse();
    }

    @Test
    void limitAndExcludeAreBounded() {
        var section = Fixtures.section();
        for (int i = 0; i < 12; i++) {
            article().inSection(section).publishedAt(daysAgo(i + 1)).published();
        }
        var source = article().inSection(section).published();
        for (var bad : List.of("0", "13", "-1", "abc", "99999999999")) {
            assertInvalidParameter(given().queryParam("limit", bad).get("/api/v1/articles/" + source + "/related")
                    .then(), "limit");
        }
        assertInvalidParameter(given().queryParam("exclude", "Not A Slug").get("/api/v1/articles/" + source
                + "/related").then(), "exclude");
        var many = String.join(",", java.util.stream.IntStream.range(0, 51).mapToObj(i -> "s" + i).toList());
        assertInvalidParameter(given().queryParam("exclude", many).get("/api/v1/articles/" + source + "/related")
                .then(), "exclude");
        // The bounds themselves are accepted: twelve teasers in full, fifty exclusions.
        assertThat(related(source, "limit", 12)).hasSize(12).doesNotContain(source);
        var fifty = String.join(",", java.util.stream.IntStream.range(0, 50).mapToObj(i -> "s" + i).toList());
        assertThat(related(source, "exclude", fifty)).hasSize(3);
    }

    @Test
    void unknownSlugIs404AndAFormerSlugRedirectsKeepingTheQuery() {
        assertProblem(given().get("/api/v1/articles/no-such-article/related").then(), 404, "not-found");
        var former = Fixtures.unique("former");
        var current = article().formerly(former).published();
        given().redirects().follow(false).queryParam("limit", 2).get("/api/v1/articles/" + former + "/related")
                .then().statusCode(301)
                .header("Location", endsWith("/api/v1/articles/" + current + "/related?limit=2"));
    }

    @Test
    void restAndGraphQLGiveTheSameTeasers() {
        var section = Fixtures.section();
        var tag = Fixtures.tag();
        for (int i = 0; i < 4; i++) {
            article().inSection(section).taggedWith(tag).by(Fixtures.author()).withHero("C" + i, "Cr" + i)
                    .publishedAt(daysAgo(i + 1)).published();
        }
        var source = article().inSection(section).taggedWith(tag).published();

        var rest = given().queryParam("limit", 4).get("/api/v1/articles/" + source + "/related").then()
                .statusCode(200).extract().jsonPath().getList("data");
        var graph = GraphQL.post("query($s: String!) { article(slug: $s) { related(first: 4) { slug headline dek"
                        + " type typeLabel section { slug name } heroImage { url alt caption credit width height }"
                        + " excerpt excerptTruncated wordCount readingTimeMinutes publishedAt updatedAt"
                        + " authors { slug name } tags { slug name } } } }", Map.of("s", source))
                .extract().jsonPath().getList("data.article.related");
        assertThat(GraphQL.asRest(graph)).isEqualTo(GraphQL.withoutNulls(rest));
        GraphQL.post("{ article(slug: \"" + source + "\") { related(first: 13) { slug } } }")
                .body("errors[0].extensions.code", equalTo("invalid-parameter"))
                .body("errors[0].message", containsString("first must be between 1 and 12"));
    }

    @Test
    void statementCountDoesNotGrowWithTheLimit() {
        var section = Fixtures.section();
        var tag = Fixtures.tag();
        for (int i = 0; i < 14; i++) {
            article().inSection(section).taggedWith(tag).by(Fixtures.author()).publishedAt(daysAgo(i + 1))
                    .published();
        }
        var source = article().inSection(section).taggedWith(tag).published();
        var statistics = sessions.getStatistics();

        // The first read ranks the candidates and stores the ranking; later reads only read it.
        statistics.clear();
        assertThat(related(source, "limit", 3)).hasSize(3);
        long first = statistics.getPrepareStatementCount();
        // From the database each time, not from the response cache.
        Fixtures.forgetCachedAnswers();
        statistics.clear();
        assertThat(related(source, "limit", 3)).hasSize(3);
        long three = statistics.getPrepareStatementCount();
        statistics.clear();
        assertThat(related(source, "limit", 12)).hasSize(12);
        long twelve = statistics.getPrepareStatementCount();

        assertThat(twelve).isEqualTo(three);
        assertThat(three).isLessThan(first);
    }
}
