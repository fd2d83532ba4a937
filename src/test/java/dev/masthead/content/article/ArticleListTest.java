package dev.masthead.content.article;

import static dev.masthead.testing.Fixtures.article;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.masthead.content.body.Block;
import dev.masthead.content.image.ImageView;
import dev.masthead.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleListTest {

    private static final Instant BASE = Instant.parse("2019-06-01T12:00:00Z");

    private static List<String> slugs(String section, String... params) {
        var request = given().queryParam("section", section);
        for (int i = 0; i < params.length; i += 2) {
            request.queryParam(params[i], params[i + 1]);
        }
        return request.get("/api/v1/articles").then().statusCode(200).extract().jsonPath().getList("data.slug");
    }

    @Test
    void listsTeasersNewestFirstWithoutBody() {
        var section = Fixtures.section();
        var older = article().inSection(section).publishedAt(BASE).published();
        var newer = article().inSection(section).publishedAt(BASE.plusSeconds(60))
                .withHero("A caption", "A credit").published();

        given().queryParam("section", section)
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .contentType("application/json")
                .body("data.slug", contains(newer, older))
                .body("data[0].body", nullValue())
                .body("data[0].heroImage.caption", equalTo("A caption"))
                .body("data[0].heroImage.credit", equalTo("A credit"))
                .body("data[0].section.slug", equalTo(section))
                .body("data[0].publishedAt", equalTo("2019-06-01T12:01:00Z"))
                .body("page.limit", equalTo(20))
                .body("page.nextCursor", nullValue());
    }

    @Test
    void draftsArchivedAndFutureScheduledArticlesNeverAppear() {
        var section = Fixtures.section();
        var published = article().inSection(section).publishedAt(BASE).published();
        article().inSection(section).draft();
        article().inSection(section).publishedAt(BASE.plusSeconds(5)).archived();
        article().inSection(section).scheduledFor(Instant.now().plus(1, ChronoUnit.DAYS));
        var due = article().inSection(section).scheduledFor(Instant.now().minus(1, ChronoUnit.MINUTES));
        // A due article goes live when the publishing job fires, not by itself.
        Fixtures.publishDue();

        assertThat(slugs(section)).containsExactly(due, published);
    }

    @Test
    void filtersByTypeTagAndAuthor() {
        var section = Fixtures.section();
        var tag = Fixtures.tag();
        var author = Fixtures.author();
        var analysis = article().inSection(section).ofType(ArticleType.ANALYSIS).publishedAt(BASE).published();
        var tagged = article().inSection(section).taggedWith(tag).publishedAt(BASE.plusSeconds(1)).published();
        var authored = article().inSection(section).by(author).publishedAt(BASE.plusSeconds(2)).published();

        assertThat(slugs(section, "type", "analysis")).containsExactly(analysis);
        assertThat(slugs(section, "tag", tag)).containsExactly(tagged);
        assertThat(slugs(section, "author", author)).containsExactly(authored);
        assertThat(slugs(section, "tag", tag, "author", author)).isEmpty();
    }

    @Test
    void filtersByPublicationDateRange() {
        var section = Fixtures.section();
        var may31 = article().inSection(section).publishedAt(Instant.parse("2018-05-31T23:59:59Z")).published();
        var june1 = article().inSection(section).publishedAt(Instant.parse("2018-06-01T00:00:00Z")).published();
        var june2 = article().inSection(section).publishedAt(Instant.parse("2018-06-02T10:00:00Z")).published();

        assertThat(slugs(section, "since", "2018-06-01")).containsExactly(june2, june1);
        assertThat(slugs(section, "until", "2018-06-01")).containsExactly(june1, may31);
        assertThat(slugs(section, "since", "2018-06-01", "until", "2018-06-01")).containsExactly(june1);
        assertThat(slugs(section, "since", "2018-06-01T12:00:00Z")).containsExactly(june2);
        assertThat(slugs(section, "since", "2018-06-02T12:00:00+02:00")).containsExactly(june2);
    }

    @Test
    void textQueryMatchesHeadlineDekAndBodyCaseInsensitivelyWithAllWordsBestMatchFirst() {
        var section = Fixtures.section();
        var inHeadline = article().inSection(section).headline("Tranche of SANCTIONS announced")
                .publishedAt(BASE).published();
        var inDek = article().inSection(section).dek("Sanctions follow the speech").publishedAt(BASE.plusSeconds(1))
                .published();
        var inBody = article().inSection(section).paragraphs("New <em>sanctions</em> on the pipeline &amp; banks.")
                .publishedAt(BASE.plusSeconds(2)).published();
        article().inSection(section).headline("Unrelated").publishedAt(BASE.plusSeconds(3)).published();

        assertThat(slugs(section, "q", "sanctions")).containsExactly(inHeadline, inDek, inBody);
        assertThat(slugs(section, "q", "sanctions", "sort", "-publishedAt")).containsExactly(inBody, inDek, inHeadline);
        assertThat(slugs(section, "q", "pipeline SANCTIONS")).containsExactly(inBody);
        assertThat(slugs(section, "q", "pipeline & banks")).containsExactly(inBody);
        assertThat(slugs(section, "q", "%")).isEmpty();
        assertThat(slugs(section, "q", "' OR 1=1 --")).isEmpty();
    }

    @Test
    void sortsOldestFirstAndByLastUpdate() {
        var section = Fixtures.section();
        var first = article().inSection(section).publishedAt(BASE).published();
        var second = article().inSection(section).publishedAt(BASE.plusSeconds(10)).published();

        assertThat(slugs(section, "sort", "publishedAt")).containsExactly(first, second);
        // updatedAt is when each was stored: the second was stored last.
        assertThat(slugs(section, "sort", "-updatedAt")).containsExactly(second, first);
    }

    @Test
    void walkingAllPagesGivesEveryArticleOnceAndEndsWithoutCursor() {
        var section = Fixtures.section();
        var expected = new ArrayList<String>();
        for (int i = 0; i < 7; i++) {
            // Two articles share each timestamp, so the id must break ties.
            expected.add(0, article().inSection(section).publishedAt(BASE.plusSeconds(i / 2)).published());
        }
        var seen = new ArrayList<String>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("section", section).queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var response = request.get("/api/v1/articles").then().statusCode(200).extract();
            JsonPath json = response.jsonPath();
            seen.addAll(json.getList("data.slug"));
            cursor = json.getString("page.nextCursor");
            if (cursor != null) {
                assertThat(response.header("Link")).contains("rel=\"next\"").contains("cursor=" + cursor)
                        .contains("section=" + section).contains("limit=3");
            } else {
                assertThat(response.header("Link")).isNull();
            }
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(new HashSet<>(seen)).hasSize(seen.size());
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    /** Tag and author lists in publication order read the link tables' copy of the time (V4). */
    @Test
    void aTagsAndAnAuthorsArticlesPageInPublicationOrderBothWaysWithoutRepeatsOrGaps() {
        var tag = Fixtures.tag();
        var author = Fixtures.author();
        var newestFirst = new ArrayList<String>();
        for (int i = 0; i < 7; i++) {
            // Two articles share each timestamp, so the id must break ties.
            newestFirst.add(0, article().taggedWith(tag).by(author).publishedAt(BASE.plusSeconds(i / 2)).published());
        }
        article().taggedWith(tag).by(author).draft();
        article().taggedWith(tag).by(author).publishedAt(BASE.plusSeconds(9)).archived();
        article().taggedWith(tag).by(author).scheduledFor(Instant.now().plus(1, ChronoUnit.DAYS));
        var oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);

        assertThat(walk("tag", tag, "-publishedAt")).containsExactlyElementsOf(newestFirst);
        assertThat(walk("tag", tag, "publishedAt")).containsExactlyElementsOf(oldestFirst);
        assertThat(walk("author", author, "-publishedAt")).containsExactlyElementsOf(newestFirst);
        assertThat(walk("author", author, "publishedAt")).containsExactlyElementsOf(oldestFirst);
        assertThat(given().queryParam("tag", tag).queryParam("since", "2019-06-01T12:00:01Z")
                .queryParam("until", "2019-06-01T12:00:03Z").get("/api/v1/articles").then().statusCode(200)
                .extract().jsonPath().getList("data.slug", String.class))
                .containsExactlyElementsOf(newestFirst.subList(1, 5));
    }

    /** Every slug of a tag's or author's list, page by page, three at a time. */
    private static List<String> walk(String filter, String slug, String sort) {
        var seen = new ArrayList<String>();
        String cursor = null;
        do {
            var request = given().queryParam(filter, slug).queryParam("sort", sort).queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var json = request.get("/api/v1/articles").then().statusCode(200).extract().jsonPath();
            seen.addAll(json.getList("data.slug", String.class));
            cursor = json.getString("page.nextCursor");
        } while (cursor != null);
        return seen;
    }

    @Test
    void linkHeaderLeadsToTheNextPage() {
        var section = Fixtures.section();
        var older = article().inSection(section).publishedAt(BASE).published();
        var newer = article().inSection(section).publishedAt(BASE.plusSeconds(1)).published();

        var link = given().queryParam("section", section).queryParam("limit", 1)
                .get("/api/v1/articles").then().statusCode(200).body("data.slug", contains(newer))
                .extract().header("Link");
        var next = URI.create(link.substring(link.indexOf('<') + 1, link.indexOf('>')));

        assertThat(next.toString()).startsWith("http://localhost:8080/api/v1/articles?");
        // The public base URL is not the test server's address; follow the path and query.
        given().urlEncodingEnabled(false).get(next.getRawPath() + "?" + next.getRawQuery()).then().statusCode(200)
                .body("data.slug", contains(older));
    }

    @Test
    void articlesPublishedBetweenTwoPageRequestsCauseNoRepeatOrGap() {
        var section = Fixtures.section();
        var a = article().inSection(section).publishedAt(BASE.plusSeconds(4)).published();
        var b = article().inSection(section).publishedAt(BASE.plusSeconds(3)).published();
        var c = article().inSection(section).publishedAt(BASE.plusSeconds(2)).published();
        var d = article().inSection(section).publishedAt(BASE.plusSeconds(1)).published();

        var first = given().queryParam("section", section).queryParam("limit", 2).get("/api/v1/articles")
                .then().statusCode(200).body("data.slug", contains(a, b)).extract().jsonPath();
        article().inSection(section).publishedAt(BASE.plusSeconds(100)).published();
        article().inSection(section).publishedAt(BASE.plusSeconds(3)).published();

        given().queryParam("section", section).queryParam("limit", 2)
                .queryParam("cursor", first.getString("page.nextCursor"))
                .get("/api/v1/articles").then().statusCode(200)
                .body("data.slug", contains(c, d))
                .body("page.nextCursor", nullValue());
    }

    @Test
    void emptyResultHasNoDataAndNoCursor() {
        var section = Fixtures.section();
        given().queryParam("section", section).get("/api/v1/articles")
                .then().statusCode(200)
                .body("data", empty())
                .body("page.limit", equalTo(20))
                .body("page.nextCursor", nullValue())
                .header("Link", nullValue());
    }

    @Test
    void unknownFilterSlugGivesAnEmptyPageNotAnError() {
        given().queryParam("tag", "no-such-tag-anywhere").get("/api/v1/articles")
                .then().statusCode(200).body("data", empty());
    }

    @Test
    void teaserCarriesBylineInOrderTagsAndDerivedExcerpt() {
        var section = Fixtures.section();
        var first = Fixtures.author();
        var second = Fixtures.author();
        var tag = Fixtures.tag();
        var longText = "word ".repeat(100) + "end";
        var slug = article().inSection(section).by(second, first).taggedWith(tag).paragraphs(longText).published();

        given().queryParam("section", section).get("/api/v1/articles")
                .then().statusCode(200)
                .body("data[0].slug", equalTo(slug))
                .body("data[0].authors.slug", contains(second, first))
                .body("data[0].tags.slug", contains(tag))
                .body("data[0].excerptTruncated", equalTo(true))
                .body("data[0].excerpt", containsString("…"))
                .body("data[0].excerpt", not(containsString("end")))
                .body("data[0].wordCount", equalTo(101))
                .body("data[0].readingTimeMinutes", equalTo(1));
    }

    @Test
    void demoArticleIsListedInItsSection() {
        given().queryParam("section", "europe").get("/api/v1/articles")
                .then().statusCode(200)
                .body("data.slug", hasItem("blinken-cancels-meeting-with-lavrov-citing-russian-invasion"));
    }

    @Test
    void bodyBlocksOfEveryKindAreAccepted() {
        var section = Fixtures.section();
        var slug = article().inSection(section).body(Block.paragraph("A paragraph."), Block.heading(2, "Heading"),
                Block.quote("Quoted", "Someone"),
                Block.image(new ImageView("https://img.example/body.jpg", "Alt", "Caption", "Credit", 640, 480)),
                Block.list(false, List.of("one", "two")), Block.embed("https://video.example/1", "video")).published();
        assertThat(slugs(section)).containsExactly(slug);
        given().get("/api/v1/articles/" + slug).then().statusCode(200)
                .body("body.blocks.type", contains("paragraph", "heading", "quote", "image", "list", "embed"))
                .body("body.blocks[0].html", equalTo("A paragraph."))
                .body("body.blocks[1].text", equalTo("Heading"))
                .body("body.blocks[1].level", equalTo(2))
                .body("body.blocks[2].html", equalTo("Quoted"))
                .body("body.blocks[2].cite", equalTo("Someone"))
                .body("body.blocks[3].image.url", equalTo("https://img.example/body.jpg"))
                .body("body.blocks[3].image.credit", equalTo("Credit"))
                .body("body.blocks[4].ordered", equalTo(false))
                .body("body.blocks[4].items", contains("one", "two"))
                .body("body.blocks[5].url", equalTo("https://video.example/1"))
                .body("body.blocks[5].provider", equalTo("video"));
    }
}
