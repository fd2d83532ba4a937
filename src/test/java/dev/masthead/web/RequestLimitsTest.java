package dev.masthead.web;

import static dev.masthead.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
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
    void aChunkedBodyOverTheLimitAnswers413Problem() throws Exception {
        var body = "{\"email\":\"reader@example.com\",\"name\":\"" + "a".repeat(1_100_000) + "\"}";
        var answer = sendChunked("/api/v1/newsletter/subscriptions", body);
        assertChunkedRefusal(answer);
        assertThat(answer).contains("1048576");
    }

    @Test
    void aChunkedGraphQLBodyOverTheLimitAnswers413Problem() throws Exception {
        assertChunkedRefusal(sendChunked("/graphql", "{\"query\":\"{site{name}}" + " ".repeat(1_100_000) + "\"}"));
    }

    /** Forms are read by Quarkus REST itself, which raises its own 413. */
    @Test
    void aChunkedFormOverTheLimitAnswers413Problem() throws Exception {
        assertChunkedRefusal(sendChunked("/api/v1/newsletter/unsubscribe", "application/x-www-form-urlencoded",
                "token=" + "a".repeat(1_100_000)));
    }

    @Test
    void aChunkedBodyUnderTheLimitIsServed() throws Exception {
        assertThat(sendChunked("/api/v1/newsletter/subscriptions", "{\"email\":\"chunked-reader@example.com\"}"))
                .startsWith("HTTP/1.1 202");
        assertThat(sendChunked("/graphql", "{\"query\":\"{site{name}}\"}"))
                .startsWith("HTTP/1.1 200").contains("\"data\"");
    }

    /** REST Assured declares the length of a stream too, so these go out with Content-Length. */
    @Test
    void aBodyUnderTheLimitIsServed() {
        var body = "{\"email\":\"length-reader@example.com\"}";
        given().contentType(ContentType.JSON).body(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))
                .post("/api/v1/newsletter/subscriptions").then().statusCode(202);
        given().contentType(ContentType.JSON)
                .body(new ByteArrayInputStream("{\"query\":\"{site{name}}\"}".getBytes(StandardCharsets.UTF_8)))
                .post("/graphql").then().statusCode(200).body("data.site.name", equalTo(
                        given().get("/api/v1/site").then().extract().path("name")));
    }

    private static void assertChunkedRefusal(String answer) {
        var lower = answer.toLowerCase(Locale.ROOT);
        assertThat(lower).startsWith("http/1.1 413");
        assertThat(lower).contains("content-type: application/problem+json");
        assertThat(answer).contains("https://masthead.dev/problems/payload-too-large");
        SECURITY.forEach((name, value) -> assertThat(lower).contains(name.toLowerCase(Locale.ROOT) + ": "
                + value.toLowerCase(Locale.ROOT)));
    }

    /**
     * Sends the body chunked, with no Content-Length to refuse it by (REST Assured's client
     * declares the length of whatever it is given), and returns the answer as text. The
     * server may stop reading once it has refused the body.
     */
    private static String sendChunked(String path, String body) throws Exception {
        return sendChunked(path, "application/json", body);
    }

    private static String sendChunked(String path, String contentType, String body) throws Exception {
        try (var socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType + "\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            var bytes = body.getBytes(StandardCharsets.UTF_8);
            try {
                for (int from = 0; from < bytes.length; from += 65_536) {
                    int length = Math.min(65_536, bytes.length - from);
                    out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(bytes, from, length);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closed) {
                // Refused before the end: the answer is waiting.
            }
            var answer = new ByteArrayOutputStream();
            var in = socket.getInputStream();
            var buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0;) {
                    answer.write(buffer, 0, n);
                    if (answer.toString(StandardCharsets.UTF_8).contains("}")) {
                        break;
                    }
                }
            } catch (IOException reset) {
                // The server closed the connection after answering.
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static ValidatableResponse withSecurityHeaders(ValidatableResponse response) {
        SECURITY.forEach((name, value) -> response.header(name, equalTo(value)));
        return response;
    }
}
