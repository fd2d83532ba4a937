package dev.masthead.web;

import static dev.masthead.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Browsers on the configured origins (https://frontend.example in the tests) may call the API;
 * others are refused with a 403 problem naming the setting. Every answer varies by Origin.
 */
@QuarkusTest
class CorsTest {

    private static final String FRONTEND = "https://frontend.example";
    private static final String ELSEWHERE = "https://elsewhere.example";

    @Test
    void aPreflightFromAnAllowedOriginIsAnswered() {
        preflight(FRONTEND, "POST").statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(FRONTEND))
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Vary", containsString("Origin"));
    }

    @Test
    void aPreflightForAConditionalWriteAllowsIfMatch() {
        given().header("Origin", FRONTEND)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .options("/api/v1/admin/newsletter/exports").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(FRONTEND))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("If-Match"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("If-None-Match"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("Authorization"));
    }

    @Test
    void browsersMayReadTheHeadersThatMatterToThem() {
        var exposed = given().header("Origin", FRONTEND).get("/api/v1/site").then().statusCode(200)
                .extract().header("Access-Control-Expose-Headers");
        assertThat(List.of(exposed.split("\\s*,\\s*")))
                .contains("ETag", "Link", "Location", "Retry-After", "RateLimit", "RateLimit-Policy");
    }

    @Test
    void aPreflightFromAnotherOriginIsRefusedWithAProblem() {
        assertOriginRefused(preflight(ELSEWHERE, "POST"), ELSEWHERE);
    }

    @Test
    void aSimpleRequestFromAnAllowedOriginCanReadTheAnswer() {
        given().header("Origin", FRONTEND).get("/api/v1/site").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(FRONTEND))
                .header("Vary", containsString("Origin"));
    }

    @Test
    void aSimpleRequestFromAnotherOriginIsRefusedWithAProblem() {
        assertOriginRefused(given().header("Origin", ELSEWHERE).get("/api/v1/site").then(), ELSEWHERE);
        assertOriginRefused(given().header("Origin", "null").get("/api/v1/site").then(), "null");
        assertOriginRefused(given().header("Origin", FRONTEND + ".evil.example").get("/api/v1/site").then(),
                FRONTEND + ".evil.example");
    }

    @Test
    void theLoopbackDevOriginsAreNotAllowedWhereTheSettingNamesOthers() {
        assertOriginRefused(given().header("Origin", "http://localhost:3000").get("/api/v1/site").then(),
                "http://localhost:3000");
    }

    @Test
    void pagesTheApiServesItselfMayCallIt() {
        var own = "http://localhost:" + RestAssured.port;
        given().header("Origin", own).get("/api/v1/site").then().statusCode(200);
        preflight(own, "POST").statusCode(200).header("Access-Control-Allow-Origin", equalTo(own));
        given().header("Origin", own).contentType(ContentType.JSON).body("{\"email\":\"reader@example.com\"}")
                .post("/api/v1/newsletter/subscriptions").then().statusCode(202);
    }

    @Test
    void anAllowedOriginUsingAMethodTheSettingDoesNotListIsRefusedWithAProblem() {
        assertProblem(given().header("Origin", FRONTEND).put("/api/v1/site").then(), 403, "cors-method-not-allowed")
                .body("detail", containsString("DELETE, GET, HEAD, OPTIONS, PATCH, POST"))
                .body("detail", containsString("quarkus.http.cors.methods"));
    }

    private static ValidatableResponse preflight(String origin, String method) {
        return given().header("Origin", origin)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", "content-type")
                .options("/api/v1/newsletter/subscriptions").then();
    }

    static ValidatableResponse assertOriginRefused(ValidatableResponse response, String origin) {
        return assertProblem(response, 403, "origin-not-allowed")
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Vary", containsString("Origin"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .body("detail", containsString(origin))
                .body("detail", containsString("quarkus.http.cors.origins"));
    }
}
