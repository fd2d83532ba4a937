package dev.masthead.web;

import static dev.masthead.testing.Fixtures.article;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import dev.masthead.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Absolute URLs come from masthead.http.public-base-url (http://localhost:8080 in the tests,
 * which is not the test server's port), never from what the request says its host is.
 */
@QuarkusTest
class PublicUrlsTest {

    @Test
    void linkHeadersIgnoreAForgedHost() {
        var section = Fixtures.section();
        article().inSection(section).published();
        article().inSection(section).published();

        given().header("Host", "evil.example").queryParam("section", section).queryParam("limit", 1)
                .get("/api/v1/articles").then().statusCode(200)
                .header("Link", startsWith("<http://localhost:8080/api/v1/articles?"))
                .header("Link", containsString("section=" + section))
                .header("Link", not(containsString("evil")));
        given().header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "https")
                .get("/api/v1/sections/" + section + "/articles?limit=1").then().statusCode(200)
                .header("Link", startsWith("<http://localhost:8080/api/v1/sections/" + section + "/articles?limit=1&cursor="));
    }

    @Test
    void redirectsIgnoreAForgedHost() {
        var former = Fixtures.unique("former");
        var current = article().formerly(former).published();

        given().redirects().follow(false).header("Host", "evil.example").get("/api/v1/articles/" + former)
                .then().statusCode(301)
                .header("Location", equalTo("http://localhost:8080/api/v1/articles/" + current));
        given().redirects().follow(false).header("X-Forwarded-Host", "evil.example").queryParam("limit", 2)
                .get("/api/v1/articles/" + former + "/related")
                .then().statusCode(301)
                .header("Location", equalTo("http://localhost:8080/api/v1/articles/" + current + "/related?limit=2"));
    }
}
