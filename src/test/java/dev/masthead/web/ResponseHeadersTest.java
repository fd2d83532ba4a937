package dev.masthead.web;

import static dev.masthead.testing.Fixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.testing.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Headers every answer carries, whoever writes it: security headers on both ports, Vary for
 * whatever the answer depends on, and never a Content-Encoding of "identity". The JDK client
 * sends exactly the headers asked for and no Accept-Encoding unless told.
 */
@QuarkusTest
class ResponseHeadersTest {

    private static final Map<String, String> SECURITY = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Content-Security-Policy", "frame-ancestors 'none'",
            "Referrer-Policy", "no-referrer");

    @TestHTTPResource(value = "/health/ready", management = true)
    URL ready;

    /** HTTP/1.1, as browsers and proxies speak it to a server without TLS. */
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void everyAnswerOfBothPortsCarriesTheSecurityHeaders() throws Exception {
        var answers = sampleOfEveryKind();
        answers.add(send("GET", ready.toString()));
        answers.add(send("GET", ready.toString().replace("/health/ready", "/nothing-here")));
        answers.add(send("POST", ready.toString()));

        for (var answer : answers) {
            SECURITY.forEach((name, value) -> assertThat(answer.headers().allValues(name))
                    .as(name + " on " + describe(answer)).containsExactly(value));
        }
    }

    @Test
    void aBodyRefusedForItsSizeCarriesTheSecurityHeadersToo() throws Exception {
        try (var socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            var request = "POST /api/v1/newsletter/subscriptions HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 10485760\r\nExpect: 100-continue\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            var head = readHead(socket.getInputStream()).toLowerCase();

            assertThat(head).startsWith("http/1.1 413");
            SECURITY.forEach((name, value) -> assertThat(head).contains(name.toLowerCase() + ": " + value.toLowerCase()));
            assertThat(head).contains("vary: origin").doesNotContain("content-encoding");
        }
    }

    @Test
    void noAnswerCarriesContentEncodingIdentity() throws Exception {
        var answers = sampleOfEveryKind();
        for (var encoding : List.of("gzip", "identity")) {
            answers.add(send("GET", "/api/v1/site", "Accept-Encoding", encoding));
            answers.add(send("HEAD", "/api/v1/site", "Accept-Encoding", encoding));
            answers.add(send("GET", "/api/v1/nothing", "Accept-Encoding", encoding));
            answers.add(send("GET", formerSlugPath(), "Accept-Encoding", encoding));
            answers.add(send("HEAD", formerSlugPath(), "Accept-Encoding", encoding));
            answers.add(send("GET", "/api/v1/newsletter/unsubscribe?token=x", "Accept-Encoding", encoding));
            answers.add(send("GET", ready.toString(), "Accept-Encoding", encoding));
            answers.add(send("GET", ready.toString().replace("/health/ready", "/nothing-here"), "Accept-Encoding", encoding));
            answers.add(send("POST", ready.toString(), "Accept-Encoding", encoding));
        }

        for (var answer : answers) {
            assertThat(answer.headers().firstValue("Content-Encoding")).as(describe(answer))
                    .satisfiesAnyOf(e -> assertThat(e).isEmpty(), e -> assertThat(e).hasValue("gzip"));
        }
    }

    @Test
    void redirectsCarryNoContentEncoding() throws Exception {
        for (var method : List.of("GET", "HEAD")) {
            var moved = send(method, formerSlugPath(), "Accept-Encoding", "gzip, deflate");
            assertThat(moved.statusCode()).isEqualTo(301);
            assertThat(moved.headers().map()).doesNotContainKey("content-encoding");
        }
        var seeOther = send("GET", "/api/v1/newsletter/unsubscribe?token=x", "Accept-Encoding", "gzip");
        assertThat(seeOther.statusCode()).isEqualTo(303);
        assertThat(seeOther.headers().map()).doesNotContainKey("content-encoding");
    }

    @Test
    void everyAnswerOfThePublicPortVariesByOrigin() throws Exception {
        for (var answer : sampleOfEveryKind()) {
            assertThat(varyOf(answer.headers())).as(describe(answer)).contains("origin");
        }
    }

    @Test
    void answersVertxCompressesVaryByAcceptEncoding() throws Exception {
        // {__typename} names no content, so it is no cached read (those choose their coding themselves).
        var graphql = send("GET", "/graphql?query=%7B__typename%7D", "Accept-Encoding", "gzip");
        assertThat(graphql.statusCode()).isEqualTo(200);
        assertThat(graphql.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(graphql.headers().firstValue("Vary")).hasValue("Accept-Encoding, Origin");

        var plain = send("GET", "/graphql?query=%7B__typename%7D");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.headers().firstValue("Vary")).hasValue("Accept-Encoding, Origin");
    }

    /**
     * Whether an answer is compressed may depend on Accept-Encoding only where the answer says
     * so: the same request with and without gzip carries the same Vary, which names
     * Accept-Encoding wherever the coding differs. Problems are never compressed.
     */
    @Test
    void varyNamesAcceptEncodingExactlyWhereTheCodingFollowsIt() throws Exception {
        for (var answer : sampleOfEveryKind("gzip")) {
            var request = answer.request();
            var plain = send(request.method(), request.uri().toString(), headersOf(request, "Accept-Encoding"));
            var compressed = answer.headers().firstValue("Content-Encoding").isPresent();
            assertThat(varyOf(answer.headers())).as(describe(answer)).isEqualTo(varyOf(plain.headers()));
            if (compressed) {
                assertThat(varyOf(answer.headers())).as(describe(answer)).contains("accept-encoding");
            }
            if (answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                assertThat(compressed).as(describe(answer) + " is a problem, sent as it is").isFalse();
            }
        }
    }

    /** One answer of each kind the public port gives, written by REST, GraphQL, static pages, CORS and Vert.x. */
    private List<HttpResponse<String>> sampleOfEveryKind() throws Exception {
        return sampleOfEveryKind(null);
    }

    /** The same, each request accepting the given coding when one is named. */
    private List<HttpResponse<String>> sampleOfEveryKind(String acceptEncoding) throws Exception {
        var etag = send("GET", "/api/v1/site").headers().firstValue("ETag").orElseThrow();
        var answers = new ArrayList<HttpResponse<String>>();
        var former = formerSlugPath();
        String[][] requests = {
            {"GET", "/api/v1/site"},
            {"GET", "/api/v1/site", "If-None-Match", etag},
            {"GET", "/api/v1/site", "If-Match", "\"stale\""},
            {"HEAD", "/api/v1/site"},
            {"GET", "/api/v1/articles"},
            {"GET", "/api/v1/articles?limit=500"},
            {"GET", "/api/v1/articles/no-such-article"},
            {"GET", "/nothing-here"},
            {"DELETE", "/api/v1/site"},
            {"OPTIONS", "/api/v1/site"},
            {"POST", "/api/v1/newsletter/subscriptions", "Content-Type", "text/plain"},
            {"GET", former},
            {"GET", "/api/v1/newsletter/unsubscribe?token=x"},
            {"GET", "/graphql?query=%7Bsite%7Bname%7D%7D"},
            {"PUT", "/graphql?query=%7Bsite%7Bname%7D%7D"},
            {"GET", "/q/openapi"},
            {"GET", "/q/swagger-ui/"},
            {"GET", "/q/graphql-ui/"},
            {"POST", "/q/openapi"},
            {"OPTIONS", "/api/v1/site", "Origin", "https://frontend.example", "Access-Control-Request-Method", "GET"},
            {"GET", "/api/v1/site", "Origin", "https://elsewhere.example"},
            {"GET", "/graphql?query=%7Bsite%7Bname%7D%7D" + ",".repeat(5000)},
            {"GET", "/api/v1/site", "X-Padding", "a".repeat(25_000)},
        };
        for (var request : requests) {
            var headers = new ArrayList<>(List.of(request).subList(2, request.length));
            if (acceptEncoding != null) {
                headers.addAll(List.of("Accept-Encoding", acceptEncoding));
            }
            answers.add(send(request[0], request[1], headers.toArray(String[]::new)));
        }
        return answers;
    }

    /** The headers the request was sent with, but the one named, as name-value pairs. */
    private static String[] headersOf(HttpRequest request, String except) {
        var pairs = new ArrayList<String>();
        request.headers().map().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(except)) {
                values.forEach(value -> pairs.addAll(List.of(name, value)));
            }
        });
        return pairs.toArray(String[]::new);
    }

    private String formerSlugPath() {
        var former = Fixtures.unique("former");
        article().formerly(former).published();
        return "/api/v1/articles/" + former;
    }

    private HttpResponse<String> send(String method, String pathOrUrl, String... headers) throws Exception {
        var url = pathOrUrl.startsWith("http") ? pathOrUrl : "http://localhost:" + RestAssured.port + pathOrUrl;
        var request = HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> varyOf(HttpHeaders headers) {
        return headers.allValues("Vary").stream().flatMap(v -> List.of(v.split(",")).stream())
                .map(v -> v.strip().toLowerCase()).toList();
    }

    private static String describe(HttpResponse<?> answer) {
        return answer.request().method() + " " + answer.request().uri() + " -> " + answer.statusCode();
    }

    private static String readHead(InputStream in) throws IOException {
        var head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        return head.toString();
    }
}
