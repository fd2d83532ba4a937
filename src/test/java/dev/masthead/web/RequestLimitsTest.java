package dev.masthead.web;

import static dev.masthead.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Requests over a size limit are refused with a problem and the security headers, like every
 * other answer: a request line too long (414), header fields too large (431), and a body
 * sent without a declared length (chunked) past quarkus.http.limits.max-body-size (413).
 * GraphQL's GET is where long URIs come from; the refusals do not depend on the path.
 */
@QuarkusTest
class RequestLimitsTest {

    private static final Map<String, String> SECURITY = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Content-Security-Policy", "frame-ancestors 'none'",
            "Referrer-Policy", "no-referrer");

    @Test
    void aUriTooLongAnswers414Problem() {
        // Commas are insignificant in GraphQL; each is one character or three once encoded.
        var query = "{site{name}}" + ",".repeat(6000);
        withSecurityHeaders(assertProblem(given().queryParam("query", query).get("/graphql").then(), 414,
                "uri-too-long"))
                .body("detail", containsString("4096"));
    }

    @Test
    void aUriJustUnderTheLimitIsServed() {
        given().queryParam("query", "{site{name}}" + ",".repeat(1000)).get("/graphql").then().statusCode(200);
    }

    @Test
    void headerFieldsTooLargeAnswer431Problem() {
        withSecurityHeaders(assertProblem(given().header("X-Padding", "a".repeat(30_000)).queryParam("query", "{site{name}}").get("/graphql")
                .then(), 431, "header-fields-too-large"))
                .body("detail", containsString("20480"));
    }

    @Test
    void aChunkedBodyOverTheLimitAnswers413Problem() {
        var body = "{\"email\":\"reader@example.com\",\"name\":\"" + "a".repeat(1_100_000) + "\"}";
        // A stream of unknown length goes out chunked, with no Content-Length to refuse it by.
        withSecurityHeaders(assertProblem(given().contentType(ContentType.JSON)
                .body(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))
                .post("/api/v1/newsletter/subscriptions").then(), 413, "payload-too-large"))
                .body("detail", containsString("1048576"));
    }

    @Test
    void aChunkedGraphQLBodyOverTheLimitAnswers413Problem() {
        var body = "{\"query\":\"{site{name}}" + " ".repeat(1_100_000) + "\"}";
        withSecurityHeaders(assertProblem(given().contentType(ContentType.JSON)
                .body(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))
                .post("/graphql").then(), 413, "payload-too-large"));
    }

    @Test
    void aChunkedBodyUnderTheLimitIsServed() {
        var body = "{\"email\":\"chunked-reader@example.com\"}";
        given().contentType(ContentType.JSON).body(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))
                .post("/api/v1/newsletter/subscriptions").then().statusCode(202);
        given().contentType(ContentType.JSON)
                .body(new ByteArrayInputStream("{\"query\":\"{site{name}}\"}".getBytes(StandardCharsets.UTF_8)))
                .post("/graphql").then().statusCode(200).body("data.site.name", equalTo(
                        given().get("/api/v1/site").then().extract().path("name")));
    }

    private static ValidatableResponse withSecurityHeaders(ValidatableResponse response) {
        SECURITY.forEach((name, value) -> response.header(name, equalTo(value)));
        return response;
    }
}
