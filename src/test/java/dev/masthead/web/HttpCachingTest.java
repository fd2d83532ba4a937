package dev.masthead.web;

import static dev.masthead.testing.Fixtures.article;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.masthead.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HttpCachingTest {

    @Test
    void publicReadsCarryAStrongEtagCacheControlAndSurrogateKeys() {
        var section = Fixtures.section();
        var tag = Fixtures.tag();
        var slug = article().inSection(section).taggedWith(tag).published();

        given().get("/api/v1/articles/" + slug).then().statusCode(200)
                .header("ETag", matchesPattern("\"[A-Za-z0-9_-]{27}\""))
                .header("Cache-Control", equalTo("public, max-age=60, stale-while-revalidate=300"))
                .header("Surrogate-Key", containsString("article-" + slug))
                .header("Surrogate-Key", containsString("section-" + section))
                .header("Surrogate-Key", containsString("tag-" + tag));
        given().get("/api/v1/articles").then().statusCode(200).header("Surrogate-Key", equalTo("articles"));
        given().get("/api/v1/sections").then().statusCode(200).header("Surrogate-Key", equalTo("sections"));
    }

    @Test
    void matchingIfNoneMatchAnswers304WithoutBody() {
        var etag = given().get("/api/v1/site").then().statusCode(200).extract().header("ETag");

        given().header("If-None-Match", etag).get("/api/v1/site").then().statusCode(304)
                .body(emptyString())
                .header("ETag", equalTo(etag));
        given().header("If-None-Match", "\"other\", W/" + etag).get("/api/v1/site").then().statusCode(304);
        given().header("If-None-Match", "*").get("/api/v1/site").then().statusCode(304);
        given().header("If-None-Match", "\"something-else\"").get("/api/v1/site").then().statusCode(200);
    }

    @Test
    void etagChangesWhenTheContentChanges() {
        var section = Fixtures.section();
        article().inSection(section).published();
        var before = given().get("/api/v1/sections/" + section + "/articles").then().statusCode(200)
                .extract().header("ETag");
        assertThat(given().get("/api/v1/sections/" + section + "/articles").then().extract().header("ETag"))
                .isEqualTo(before);

        article().inSection(section).published();

        given().header("If-None-Match", before).get("/api/v1/sections/" + section + "/articles")
                .then().statusCode(200)
                .header("ETag", not(equalTo(before)));
    }

    @Test
    void errorsAreNotCached() {
        given().get("/api/v1/articles/no-such-thing").then().statusCode(404)
                .header("ETag", nullValue())
                .header("Cache-Control", nullValue());
    }
}
