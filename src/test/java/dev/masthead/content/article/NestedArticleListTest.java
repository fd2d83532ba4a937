package dev.masthead.content.article;

import static dev.masthead.testing.Fixtures.article;
import static dev.masthead.testing.Problems.assertInvalidParameter;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;

import dev.masthead.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lists under a section, author or tag take every filter but the one their path names. */
@QuarkusTest
class NestedArticleListTest {

    private static final Instant BASE = Instant.parse("2023-03-01T10:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"other-slug", "SELF"})
    void aSectionParameterOnASectionsListIsRefusedNamingIt(String value) {
        var section = Fixtures.section();
        article().inSection(section).published();
        assertInvalidParameter(given().queryParam("section", value.equals("SELF") ? section : value)
                .get("/api/v1/sections/" + section + "/articles").then(), "section")
                .body("detail", containsString("/api/v1/articles?section="));
    }

    @Test
    void anAuthorParameterOnAnAuthorsListIsRefusedNamingIt() {
        var author = Fixtures.author();
        assertInvalidParameter(given().queryParam("author", Fixtures.author())
                .get("/api/v1/authors/" + author + "/articles").then(), "author")
                .body("detail", containsString("/api/v1/articles?author="));
    }

    @Test
    void aTagParameterOnATagsListIsRefusedNamingIt() {
        var tag = Fixtures.tag();
        assertInvalidParameter(given().queryParam("tag", Fixtures.tag())
                .get("/api/v1/tags/" + tag + "/articles").then(), "tag")
                .body("detail", containsString("/api/v1/articles?tag="));
    }

    @Test
    void aSectionsListNarrowsByTagAuthorTypeWordsAndDates() {
        var section = Fixtures.section();
        var tag = Fixtures.tag();
        var author = Fixtures.author();
        var tagged = article().inSection(section).taggedWith(tag).publishedAt(BASE).published();
        var byAuthor = article().inSection(section).by(author).publishedAt(BASE.plusSeconds(60)).published();
        var analysis = article().inSection(section).ofType(ArticleType.ANALYSIS).headline("Quarterly zeppelin review")
                .publishedAt(BASE.plusSeconds(120)).published();
        article().taggedWith(tag).by(author).ofType(ArticleType.ANALYSIS).headline("Zeppelin elsewhere").published();
        var url = "/api/v1/sections/" + section + "/articles";

        given().queryParam("tag", tag).get(url).then().statusCode(200).body("data.slug", contains(tagged));
        given().queryParam("author", author).get(url).then().statusCode(200).body("data.slug", contains(byAuthor));
        given().queryParam("type", "analysis").get(url).then().statusCode(200).body("data.slug", contains(analysis));
        given().queryParam("q", "zeppelin").get(url).then().statusCode(200).body("data.slug", contains(analysis));
        given().queryParam("since", BASE.plusSeconds(30).toString()).queryParam("until", BASE.plusSeconds(90).toString())
                .get(url).then().statusCode(200).body("data.slug", contains(byAuthor));
        given().queryParam("sort", "publishedAt").queryParam("limit", 2).get(url).then().statusCode(200)
                .body("data.slug", contains(tagged, byAuthor));
    }

    @Test
    void anAuthorsListNarrowsBySectionAndTag() {
        var author = Fixtures.author();
        var section = Fixtures.section();
        var tag = Fixtures.tag();
        var inSection = article().by(author).inSection(section).published();
        var tagged = article().by(author).taggedWith(tag).published();
        var url = "/api/v1/authors/" + author + "/articles";

        given().get(url).then().statusCode(200).body("data.slug", containsInAnyOrder(inSection, tagged));
        given().queryParam("section", section).get(url).then().statusCode(200).body("data.slug", contains(inSection));
        given().queryParam("tag", tag).get(url).then().statusCode(200).body("data.slug", contains(tagged));
    }

    @Test
    void aTagsListNarrowsBySectionAndAuthor() {
        var tag = Fixtures.tag();
        var section = Fixtures.section();
        var author = Fixtures.author();
        var inSection = article().taggedWith(tag).inSection(section).published();
        var byAuthor = article().taggedWith(tag).by(author).published();
        var url = "/api/v1/tags/" + tag + "/articles";

        given().get(url).then().statusCode(200).body("data.slug", containsInAnyOrder(inSection, byAuthor));
        given().queryParam("section", section).get(url).then().statusCode(200).body("data.slug", contains(inSection));
        given().queryParam("author", author).get(url).then().statusCode(200).body("data.slug", contains(byAuthor));
    }
}
