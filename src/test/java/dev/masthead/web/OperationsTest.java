package dev.masthead.web;

import static dev.masthead.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import java.net.URL;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Health and metrics live on the management port; the public port serves the API and its documentation. */
@QuarkusTest
class OperationsTest {

    // Management URLs are resolved under the management root (/q) already.
    @TestHTTPResource(value = "/health/ready", management = true)
    URL ready;

    @TestHTTPResource(value = "/health/live", management = true)
    URL live;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void readinessIncludesTheDatabase() {
        given().get(ready).then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        given().get(live).then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void prometheusMetricsAreExposed() {
        given().get("/api/v1/sections").then().statusCode(200);
        given().get(metrics).then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/health", "/q/health/ready", "/q/health/live", "/q/metrics"})
    void healthAndMetricsAreNotServedOnThePublicPort(String path) {
        assertProblem(given().get(path).then(), 404, "not-found");
    }

    @Test
    void theManagementPortIsNotThePublicOne() {
        assertThat(ready.getPort()).isNotEqualTo(RestAssured.port);
        assertThat(ready.getPath()).isEqualTo("/q/health/ready");
    }

    @Test
    void managementEndpointsRefuseWrites() {
        assertProblem(given().post(ready).then(), 405, "method-not-allowed")
                .header("Allow", equalTo("GET, HEAD"));
        assertProblem(given().delete(metrics).then(), 405, "method-not-allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nothing-here", "/q/nothing-here", "/q/health/nothing-here", "/metrics"})
    void unknownManagementPathsAnswer404Problem(String path) throws Exception {
        var url = new URL(ready.getProtocol(), ready.getHost(), ready.getPort(), path);
        assertProblem(given().get(url).then(), 404, "not-found")
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .body("instance", equalTo(path))
                .body("detail", containsString("/q/health"));
        given().head(url).then().statusCode(404);
    }

    @Test
    void unknownManagementPathsRefuseWritesAsBefore() throws Exception {
        var url = new URL(ready.getProtocol(), ready.getHost(), ready.getPort(), "/q/nothing-here");
        assertProblem(given().post(url).then(), 405, "method-not-allowed").header("Allow", equalTo("GET, HEAD"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH"})
    void theDocumentationRefusesWrites(String method) {
        for (var path : new String[] {"/q/openapi", "/q/swagger-ui/", "/q/graphql-ui/"}) {
            assertProblem(given().request(method, path).then(), 405, "method-not-allowed")
                    .header("Allow", equalTo("GET, HEAD"))
                    .body("detail", containsString("read-only"));
        }
    }

    @Test
    void theDocumentationStaysOnThePublicPort() {
        given().get("/q/openapi").then().statusCode(200).body(containsString("Masthead content API"));
        given().head("/q/openapi").then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
        given().get("/q/graphql-ui/").then().statusCode(200).body(containsString("graphiql"));
    }

    @Test
    void jsonIsCompressedWhenAsked() {
        given().config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "gzip")
                .get("/api/v1/articles")
                .then().statusCode(200)
                .header("Content-Encoding", "gzip");
    }
}
