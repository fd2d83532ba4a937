package dev.masthead.newsletter;

import static dev.masthead.testing.Newsletter.address;
import static dev.masthead.testing.Newsletter.export;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A signup form on the publication's own pages may post from the browser; other origins may not. */
@QuarkusTest
class NewsletterCorsTest {

    private static final String SUBSCRIPTIONS = "/api/v1/newsletter/subscriptions";
    private static final String FRONTEND = "https://frontend.example";
    private static final String ELSEWHERE = "https://elsewhere.example";

    @Test
    void preflightFromTheConfiguredFrontendIsAllowed() {
        given().header("Origin", FRONTEND)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .options(SUBSCRIPTIONS).then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", FRONTEND)
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Content-Type"))
                .header("Access-Control-Allow-Credentials", not(equalTo("true")));
    }

    @Test
    void preflightFromAnotherOriginIsRefused() {
        given().header("Origin", ELSEWHERE)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .options(SUBSCRIPTIONS).then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://masthead.dev/problems/origin-not-allowed"))
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void theFrontendCanReadTheAnswerAndItsRateLimitHeaders() {
        given().header("Origin", FRONTEND).contentType(ContentType.JSON).body(Map.of("email", address()))
                .post(SUBSCRIPTIONS).then()
                .statusCode(202)
                .header("Access-Control-Allow-Origin", FRONTEND)
                .header("Access-Control-Expose-Headers", containsString("Retry-After"));
    }

    @Test
    void aPostFromAnotherOriginIsRefusedAndRecordsNothing() {
        var email = address();
        given().header("Origin", ELSEWHERE).contentType(ContentType.JSON).body(Map.of("email", email))
                .post(SUBSCRIPTIONS).then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://masthead.dev/problems/origin-not-allowed"))
                .header("Access-Control-Allow-Origin", nullValue());
        export(email).body("subscriptions", hasSize(0)).body("email", equalTo(email));
    }
}
