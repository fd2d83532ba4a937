package dev.masthead.content.author;

import static dev.masthead.testing.Fixtures.article;
import static dev.masthead.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.masthead.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthorResourceTest {

    @Test
    void authorProfileBySlug() {
        var author = Fixtures.author();
        given().get("/api/v1/authors/" + author).then().statusCode(200)
                .body("slug", equalTo(author))
                .body("name", equalTo("Author " + author))
                .body("bio", startsWith("Writes about"));
    }

    @Test
    void authorArticlesListsTheirArticlesOnly() {
        var author = Fixtures.author();
        var theirs = article().by(author).published();
        article().by(Fixtures.author()).published();

        given().get("/api/v1/authors/" + author + "/articles").then().statusCode(200)
                .body("data.slug", contains(theirs));
    }

    @Test
    void unknownAuthorAnswers404() {
        assertProblem(given().get("/api/v1/authors/nobody-at-all").then(), 404, "not-found");
        assertProblem(given().get("/api/v1/authors/nobody-at-all/articles").then(), 404, "not-found");
    }
}
