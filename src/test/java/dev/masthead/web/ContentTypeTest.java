package dev.masthead.web;

import static dev.masthead.testing.Newsletter.ADMIN_TOKEN;
import static dev.masthead.testing.Newsletter.address;
import static dev.masthead.testing.Newsletter.export;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every REST endpoint that takes a body takes JSON with its Content-Type. Bodies without one,
 * and text or form bodies (what a cross-site page can send without a CORS preflight), are
 * refused with a 415 naming what is taken; the RFC 8058 one-click unsubscribe is the only
 * form post. The JDK client sends exactly the Content-Type asked for, or none.
 */
@QuarkusTest
class ContentTypeTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NONE", value = {
            "/api/v1/newsletter/subscriptions, NONE",
            "/api/v1/newsletter/subscriptions, text/plain",
            "/api/v1/newsletter/subscriptions, application/x-www-form-urlencoded",
            "/api/v1/newsletter/subscriptions, multipart/form-data; boundary=x",
            "/api/v1/newsletter/confirmations, NONE",
            "/api/v1/newsletter/confirmations, text/plain",
            "/api/v1/newsletter/confirmations, application/x-www-form-urlencoded",
            "/api/v1/admin/newsletter/exports, NONE",
            "/api/v1/admin/newsletter/exports, text/plain",
            "/api/v1/admin/newsletter/exports, application/x-www-form-urlencoded",
            "/api/v1/admin/newsletter/erasures, NONE",
            "/api/v1/admin/newsletter/erasures, multipart/form-data; boundary=x"})
    void bodiesThatAreNotJsonAreRefusedWith415NamingJson(String path, String contentType) throws Exception {
        var response = post(path, contentType, "{\"email\":\"" + address() + "\"}");

        var problem = assertUnsupported(response, path);
        assertThat(response.headers().firstValue("Accept-Post")).hasValue("application/json");
        assertThat(problem.getString("detail")).contains("takes only application/json")
                .contains(contentType == null ? "got no Content-Type" : "got Content-Type " + contentType);
    }

    @Test
    void aSignupWithoutContentTypeRecordsNothing() throws Exception {
        var email = address();
        assertUnsupported(post("/api/v1/newsletter/subscriptions", null, "{\"email\":\"" + email + "\"}"),
                "/api/v1/newsletter/subscriptions");
        export(email).body("subscriptions", hasSize(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NONE", "text/plain", "application/xml"})
    void unsubscribeNamesJsonAndTheOneClickFormTypes(String contentType) throws Exception {
        var response = post("/api/v1/newsletter/unsubscribe?token=x", contentType.equals("NONE") ? null : contentType,
                "List-Unsubscribe=One-Click");

        var problem = assertUnsupported(response, "/api/v1/newsletter/unsubscribe");
        var accepted = "application/json, application/x-www-form-urlencoded, multipart/form-data";
        assertThat(response.headers().firstValue("Accept-Post")).hasValue(accepted);
        assertThat(problem.getString("detail")).contains(accepted);
    }

    @Test
    void jsonWithACharsetIsTaken() throws Exception {
        assertThat(post("/api/v1/newsletter/subscriptions", "application/json; charset=utf-8",
                "{\"email\":\"" + address() + "\"}").statusCode()).isEqualTo(202);
    }

    @Test
    void aBodilessPostToAReadOnlyResourceIsStillA405() throws Exception {
        var response = post("/api/v1/articles", null, "");
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(JsonPath.from(response.body()).getString("type")).endsWith("/method-not-allowed");
    }

    private static JsonPath assertUnsupported(HttpResponse<String> response, String path) {
        assertThat(response.statusCode()).as(path).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        var problem = JsonPath.from(response.body());
        assertThat(problem.getString("type")).isEqualTo("https://masthead.dev/problems/unsupported-media-type");
        assertThat(problem.getString("title")).isEqualTo("Unsupported media type");
        assertThat(problem.getInt("status")).isEqualTo(415);
        assertThat(problem.getString("instance")).isEqualTo(path);
        return problem;
    }

    private static HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
