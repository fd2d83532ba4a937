package dev.masthead.web;

import static dev.masthead.testing.Problems.assertInvalidParameter;
import static dev.masthead.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
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
    void tenMegabyteBodyIsRefusedWith413ProblemBeforeItIsRead() throws Exception {
        // Announce a 10 MB body and wait for the verdict (Expect: 100-continue), as curl does;
        // the server must refuse it from the declared length, without reading a byte of it.
        try (var socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            var request = "POST /api/v1/articles HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (10 * 1024 * 1024) + "\r\nExpect: 100-continue\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            var response = readResponse(socket.getInputStream());

            assertThat(response).startsWith("HTTP/1.1 413")
                    .containsIgnoringCase("content-type: application/problem+json")
                    .contains("\"type\":\"https://masthead.dev/problems/payload-too-large\"")
                    .contains("at most 1048576 bytes");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // Undecodable bytes become U+FFFD: a text query for them finds nothing.
            "/api/v1/articles?q=%FF%FE%FD|200|", "/api/v1/articles?section=%C0%AF|400|invalid-parameter",
            "/api/v1/articles/%C0%AF%FF|404|not-found", "/api/v1/articles?q=%00|400|invalid-parameter",
            "/api/v1/sections/%FF|404|not-found", "/api/v1/articles?limit=%F0%9F%98%80|400|invalid-parameter",
            "/api/v1/articles?cursor=%E2%82|400|invalid-parameter", "/api/v1/articles/a%00b|404|not-found",
            "/api/v1/sections/a%00b/articles|404|not-found", "/api/v1/tags/%00|404|not-found",
            "/api/v1/authors/x%00|404|not-found"})
    void brokenUtf8NeverCausesAServerError(String url, int status, String problem) {
        var response = given().urlEncodingEnabled(false).get(url).then();
        if (problem == null) {
            response.statusCode(status).body("data", empty());
        } else {
            assertProblem(response, status, problem);
        }
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

    /** Reads one HTTP/1.1 response: the head up to the blank line, then Content-Length bytes of body. */
    private static String readResponse(InputStream in) throws IOException {
        var head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        var length = head.toString().lines().filter(l -> l.toLowerCase().startsWith("content-length:"))
                .map(l -> Integer.parseInt(l.substring(15).strip())).findFirst().orElse(0);
        return head + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
