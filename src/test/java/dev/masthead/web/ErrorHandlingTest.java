package dev.masthead.web;

import static dev.masthead.testing.Problems.assertInvalidParameter;
import static dev.masthead.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThan;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import io.restassured.http.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ErrorHandlingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "limit|0", "limit|101", "limit|-5", "limit|abc", "limit|99999999999999999999", "limit|1.5",
            "sort|title", "sort|-publishedAt;DROP TABLE article", "type|gossip", "since|yesterday",
            "since|2024-13-01", "until|2024-02-30", "since|0001-01-01", "until|99999-01-01",
            "section|Europe", "section|europe' OR '1'='1", "tag|a--b", "author|UPPER",
            "cursor|not-a-cursor", "cursor|djF8LXB1Ymxpc2hlZEF0fHh8eXx6", "cursor|%%%"})
    void badListParameterAnswers400NamingIt(String parameter, String value) {
        assertInvalidParameter(given().queryParam(parameter, value).get("/api/v1/articles").then(), parameter);
    }

    @Test
    void controlCharactersInTextQueryAnswer400() {
        assertInvalidParameter(given().urlEncodingEnabled(false).queryParam("q", "a%00b").get("/api/v1/articles")
                .then(), "q");
    }

    @Test
    void tooLongTextQueryAnswers400() {
        assertInvalidParameter(given().queryParam("q", "x".repeat(201)).get("/api/v1/articles").then(), "q");
        assertInvalidParameter(given().queryParam("q", "a b c d e f g h i").get("/api/v1/articles").then(), "q");
    }

    @Test
    void sinceAfterUntilAnswers400() {
        assertInvalidParameter(given().queryParam("since", "2024-05-02").queryParam("until", "2024-05-01")
                .get("/api/v1/articles").then(), "since");
    }

    @Test
    void cursorFromAnotherSortAnswers400() {
        var cursor = given().queryParam("limit", 1).get("/api/v1/articles").then().statusCode(200)
                .extract().jsonPath().getString("page.nextCursor");
        assertThat(cursor).isNotNull();
        assertInvalidParameter(given().queryParam("cursor", cursor).queryParam("sort", "publishedAt")
                .get("/api/v1/articles").then(), "cursor")
                .body("detail", containsString("-publishedAt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/latest?limit=21", "/api/v1/latest?limit=0", "/api/v1/latest?section=Bad%20Slug",
            "/api/v1/sections/europe/articles?limit=500", "/api/v1/tags/sanctions/articles?sort=x",
            "/api/v1/authors/demo-europe-desk/articles?until=never"})
    void badParametersOnEveryListAnswer400(String url) {
        assertProblem(given().urlEncodingEnabled(false).get(url).then(), 400, "invalid-parameter");
    }

    @Test
    void unknownPathAnswers404Problem() {
        assertProblem(given().get("/api/v1/nothing-here").then(), 404, "not-found");
    }

    @Test
    void writeMethodOnAReadOnlyResourceAnswers405WithAllow() {
        assertProblem(given().contentType(ContentType.JSON).body("{}").post("/api/v1/articles").then(), 405,
                "method-not-allowed")
                .header("Allow", containsString("GET"));
        assertProblem(given().delete("/api/v1/articles/some-slug").then(), 405, "method-not-allowed");
    }

    @Test
    void unacceptableMediaTypeAnswers406() {
        assertProblem(given().accept("application/xml").get("/api/v1/articles").then(), 406, "not-acceptable");
    }

    @Test
    void tenMegabyteBodyIsRefusedWith413BeforeItIsRead() throws Exception {
        // The server answers as soon as it sees the length, so the client waits for its
        // verdict (Expect: 100-continue) instead of writing into a closed connection.
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/articles"))
                .expectContinue(true)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[10 * 1024 * 1024]))
                .build();
        var response = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/articles?q=%FF%FE%FD", "/api/v1/articles?section=%C0%AF",
            "/api/v1/articles/%C0%AF%FF", "/api/v1/articles?q=%00", "/api/v1/sections/%FF",
            "/api/v1/articles?limit=%F0%9F%98%80", "/api/v1/articles?cursor=%E2%82", "/api/v1/articles/a%00b",
            "/api/v1/sections/a%00b/articles", "/api/v1/tags/%00", "/api/v1/authors/x%00"})
    void brokenUtf8NeverCausesAServerError(String url) {
        given().urlEncodingEnabled(false).get(url).then().statusCode(lessThan(500));
    }

    @Test
    void sqlFragmentsInPathsAreJustUnknownSlugs() {
        assertProblem(given().get("/api/v1/articles/x' OR '1'='1").then(), 404, "not-found");
        assertProblem(given().get("/api/v1/sections/x; DROP TABLE section").then(), 404, "not-found");
    }

    @Test
    void veryLongSlugIsNotFoundNotAServerError() {
        assertProblem(given().get("/api/v1/articles/" + "a".repeat(4000)).then(), 404, "not-found");
    }
}
