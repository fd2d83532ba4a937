package dev.masthead.graphql;

import static dev.masthead.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.masthead.testing.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * /graphql over HTTP: a client's mistake is a 4xx with a body saying what to fix, never a
 * 500, and never a stack trace in the log. Malformed GraphQL requests are 400 with a
 * GraphQL error body; wrong methods 405 and wrong media types 415, as problems.
 */
@QuarkusTest
class GraphQLHttpTest {

    private static final String SITE = "{ site { name } }";
    private static final Path LOG = Path.of("target", "masthead-test.log");

    /** Sends the body exactly as given, with exactly this Content-Type. */
    private static RequestSpecification exactly(String contentType) {
        return given().config(RestAssured.config().encoderConfig(
                        EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType(contentType);
    }

    private static ValidatableResponse postJson(String body) {
        return exactly("application/json").body(body).post("/graphql").then();
    }

    private static ValidatableResponse assertBadRequest(ValidatableResponse response, String message) {
        return response.statusCode(400)
                .contentType(startsWith("application/json"))
                .body("errors[0].extensions.code", equalTo("bad-request"))
                .body("errors[0].message", containsString(message))
                .body("$", not(hasKey("data")))
                .body(not(containsString("Exception")));
    }

    @Test
    void variablesThatAreNotAnObjectAnswer400() {
        for (var variables : List.of("\"x\"", "[1]", "42", "true")) {
            assertBadRequest(postJson("{\"query\": \"" + SITE + "\", \"variables\": " + variables + "}"),
                    "variables must be a JSON object or null; got ");
        }
        assertBadRequest(postJson("{\"query\": \"" + SITE + "\", \"variables\": [1]}"), "got an array");
    }

    @Test
    void variablesNestedTenThousandDeepAnswer400() {
        var deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertBadRequest(postJson("{\"query\": \"" + SITE + "\", \"variables\": {\"a\": " + deep + "}}"),
                "nested more than 64 levels deep");
        var deepForAUrl = "[".repeat(100) + "]".repeat(100);
        assertBadRequest(given().queryParam("query", SITE).queryParam("variables", "{\"a\": " + deepForAUrl + "}")
                .get("/graphql").then(), "variables is nested more than 64 levels deep");
    }

    @Test
    void operationNameThatIsNotAStringAnswers400() {
        for (var name : List.of("5", "{}", "[\"a\"]", "false")) {
            assertBadRequest(postJson("{\"query\": \"" + SITE + "\", \"operationName\": " + name + "}"),
                    "operationName must be a string or null");
        }
    }

    @Test
    void extensionsThatAreNotAnObjectAnswer400() {
        assertBadRequest(postJson("{\"query\": \"" + SITE + "\", \"extensions\": \"x\"}"),
                "extensions must be a JSON object or null; got a string");
    }

    @Test
    void bodiesThatAreNotAGraphQLRequestAnswer400() {
        assertBadRequest(postJson(""), "The request body is empty");
        assertBadRequest(postJson("{not json"), "The request body is not valid JSON (line 1, column 2)");
        assertBadRequest(postJson("[]"), "must be a JSON object");
        assertBadRequest(postJson("\"" + SITE + "\""), "must be a JSON object");
        assertBadRequest(postJson("{}"), "query is missing");
        assertBadRequest(postJson("{\"query\": null}"), "query is missing");
        assertBadRequest(postJson("{\"query\": \"  \"}"), "query is empty");
        assertBadRequest(postJson("{\"query\": 42}"), "query must be a string holding the GraphQL document; got a number");
        assertBadRequest(postJson("{\"query\": \"" + SITE + "\", \"query\": \"" + SITE + "\"}"), "not valid JSON");
        assertBadRequest(postJson("{\"query\": \"" + SITE + "\"} {}"), "not valid JSON");
        assertBadRequest(given().get("/graphql").then(), "query is missing");
    }

    @Test
    void nullVariablesOperationNameAndExtensionsAreAccepted() {
        postJson("{\"query\": \"" + SITE + "\", \"variables\": null, \"operationName\": null, \"extensions\": null}")
                .statusCode(200).body("data.site.name", not(nullValue()));
        postJson("{\"query\": \"query Named { site { name } }\", \"variables\": {}, \"operationName\": \"Named\","
                + " \"extensions\": {}}").statusCode(200).body("data.site.name", not(nullValue()));
    }

    @Test
    void getWithVariablesOrExtensionsThatAreNotAnObjectAnswers400() {
        assertBadRequest(given().queryParam("query", SITE).queryParam("variables", "[1]").get("/graphql").then(),
                "variables must be a URL-encoded JSON object or null; got an array");
        assertBadRequest(given().queryParam("query", SITE).queryParam("extensions", "{oops").get("/graphql").then(),
                "extensions is not valid JSON");
        given().queryParam("query", "query($s: String!) { section(slug: $s) { slug } }")
                .queryParam("variables", "{\"s\": \"europe\"}").get("/graphql").then()
                .statusCode(200).body("data.section.slug", equalTo("europe"));
    }

    @Test
    void theErrorComesInTheMediaTypeTheClientAccepts() {
        exactly("application/json").accept("application/json").body("{\"query\": 1}").post("/graphql").then()
                .statusCode(400).contentType(startsWith("application/json"))
                .body("errors[0].extensions.code", equalTo("bad-request"));
        exactly("application/json").accept("application/graphql-response+json").body("{\"query\": 1}")
                .post("/graphql").then()
                .statusCode(400).contentType(startsWith("application/graphql-response+json"))
                .body("errors[0].extensions.code", equalTo("bad-request"));
    }

    @Test
    void clientMistakesLeaveNoErrorOrStackTraceInTheLog() throws IOException {
        long before = Files.size(LOG);
        postJson("{\"query\": \"" + SITE + "\", \"variables\": \"x\"}").statusCode(400);
        postJson("{\"query\": \"" + SITE + "\", \"variables\": {\"a\": " + "[".repeat(10_000) + "]".repeat(10_000)
                + "}}").statusCode(400);
        postJson("{\"query\": \"" + SITE + "\", \"operationName\": 5}").statusCode(400);
        postJson("").statusCode(400);
        GraphQL.post("query($n: Int) { articles(first: $n) { edges { cursor } } }", Map.of("n", 3_000_000_000L));
        exactly("text/plain").body("{}").post("/graphql").then().statusCode(415);
        given().put("/graphql").then().statusCode(405);

        String appended;
        try (var log = Files.newInputStream(LOG)) {
            log.skipNBytes(before);
            appended = new String(log.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(appended).doesNotContain("ERROR").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anIntVariableOutsideTheIntRangeIsACoercionErrorNamingTheVariable() {
        for (Object value : List.of(3_000_000_000L, -3_000_000_000L, 1.5, "5")) {
            GraphQL.post("query($first: Int) { articles(first: $first) { edges { cursor } } }", Map.of("first", value))
                    .body("data", nullValue())
                    .body("errors[0].message", startsWith("Variable 'first' has an invalid value: Int cannot represent"))
                    .body("errors[0].message", not(containsString("Something went wrong")))
                    .body("errors[0].extensions.classification", equalTo("ValidationError"));
        }
        GraphQL.post("{ articles(first: 3000000000) { edges { cursor } } }")
                .body("data", nullValue())
                .body("errors[0].message", not(containsString("Something went wrong")))
                .body("errors[0].extensions.classification", equalTo("ValidationError"));
        GraphQL.post("query($first: Int) { articles(first: $first) { edges { cursor } } }", Map.of("first", 2))
                .body("errors", nullValue());
    }

    @Test
    void otherMethodsAnswer405WithAllow() {
        for (var method : List.of("PUT", "DELETE", "PATCH", "HEAD")) {
            var response = given().contentType(ContentType.JSON).body("{\"query\": \"" + SITE + "\"}")
                    .request(method, "/graphql").then().statusCode(405).header("Allow", "GET, POST, OPTIONS");
            if (!method.equals("HEAD")) {
                assertProblem(response, 405, "method-not-allowed").body("detail", containsString("not " + method));
            }
        }
    }

    @Test
    void postsWithoutAJsonBodyAnswer415() {
        for (var type : List.of("text/plain", "multipart/form-data; boundary=x", "application/graphql",
                "application/json; charset=iso-8859-1")) {
            var body = ("{\"query\": \"" + SITE + "\"}").getBytes(StandardCharsets.UTF_8);
            assertProblem(exactly(type).body(body).post("/graphql").then(), 415, "unsupported-media-type")
                    .body("detail", containsString("Content-Type: application/json"));
        }
        assertProblem(exactly("application/x-www-form-urlencoded").formParam("query", SITE).post("/graphql").then(),
                415, "unsupported-media-type");
    }

    @Test
    void aPostWithNoContentTypeAnswers415() throws Exception {
        var request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/graphql"))
                .version(HttpClient.Version.HTTP_1_1)
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"" + SITE + "\"}")).build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.body()).contains("https://masthead.dev/problems/unsupported-media-type");
    }

    @Test
    void jsonWithOrWithoutAUtf8CharsetIsAccepted() {
        for (var type : List.of("application/json", "application/json; charset=utf-8", "Application/JSON;charset=UTF-8")) {
            exactly(type).body("{\"query\": \"" + SITE + "\"}").post("/graphql").then()
                    .statusCode(200).body("data.site.name", not(nullValue()));
        }
    }
}
