package dev.masthead.content.tag;

import static dev.masthead.testing.Fixtures.article;
import static dev.masthead.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.masthead.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TagResourceTest {

    @Test
    void tagBySlug() {
        var tag = Fixtures.tag();
        given().get("/api/v1/tags/" + tag).then().statusCode(200)
                .body("slug", equalTo(tag))
                .body("name", equalTo("Tag " + tag));
    }

    @Test
    void tagArticlesListsTaggedArticlesOnly() {
        var tag = Fixtures.tag();
        var theirs = article().taggedWith(tag).published();
        article().taggedWith(Fixtures.tag()).published();

        given().get("/api/v1/tags/" + tag + "/articles").then().statusCode(200)
                .body("data.slug", contains(theirs));
    }

    @Test
    void unknownTagAnswers404() {
        assertProblem(given().get("/api/v1/tags/no-such-tag").then(), 404, "not-found");
        assertProblem(given().get("/api/v1/tags/no-such-tag/articles").then(), 404, "not-found");
    }
}
