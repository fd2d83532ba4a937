package dev.masthead.webhooks;

import static dev.masthead.testing.Editorial.asAdmin;
import static dev.masthead.testing.Problems.assertInvalidParameter;
import static dev.masthead.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Managing endpoints, and the input it refuses: each refusal a 4xx problem naming the field, nothing stored. */
@QuarkusTest
class WebhookAdminTest {

    static final String WEBHOOKS = "/api/v1/admin/webhooks";

    @Test
    void anEndpointIsRegisteredChangedDisabledAndDeletedWithItsVersion() {
        var created = asAdmin().contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/hook", "description", "Search index",
                        "events", List.of("article.published", "article.unpublished", "article.published")))
                .post(WEBHOOKS).then().statusCode(201).header("ETag", "\"0\"")
                .header("Location", containsString(WEBHOOKS + "/"))
                .body("events", equalTo(List.of("article.published", "article.unpublished")))
                .body("enabled", equalTo(true)).extract().jsonPath();
        var path = WEBHOOKS + "/" + created.getLong("id");

        asAdmin().contentType("application/merge-patch+json").body(Map.of("enabled", false)).patch(path).then()
                .statusCode(428);
        asAdmin().contentType("application/merge-patch+json").header("If-Match", "\"7\"")
                .body(Map.of("enabled", false)).patch(path).then().statusCode(412);
        asAdmin().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"enabled\": false, \"events\": null, \"description\": null}").patch(path).then()
                .statusCode(200).header("ETag", "\"1\"").body("enabled", equalTo(false)).body("events", empty())
                .body("description", nullValue()).body("disabledReason", nullValue()).body("secret", nullValue());
        asAdmin().get(WEBHOOKS).then().statusCode(200).body("data.find { it.id == " + created.getLong("id")
                + " }.enabled", equalTo(false));
        asAdmin().header("If-Match", "\"1\"").delete(path).then().statusCode(204);
        asAdmin().get(path).then().statusCode(404);
    }

    @Test
    void urlsThatAreNotHttpOrTooLongOrCarryCredentialsAreRefused() {
        assertInvalidParameter(create(Map.of("url", "ftp://example.com/hook")), "url");
        assertInvalidParameter(create(Map.of("url", "/relative")), "url");
        assertInvalidParameter(create(Map.of("url", "https://user:secret@example.com/hook")), "url");
        assertInvalidParameter(create(Map.of("url", "https://example.com/" + "a".repeat(2000))), "url");
        assertInvalidParameter(create(Map.of("url", "https://exa mple.com/")), "url");
        assertInvalidParameter(create(Map.of("description", "no url")), "url");
    }

    @Test
    void addressesInsideTheNetworkAreRefusedWhateverTheSpelling() {
        for (var url : List.of("http://169.254.169.254/latest/meta-data/", "http://[::ffff:169.254.169.254]/",
                "http://[fe80::1]/", "http://metadata.google.internal/computeMetadata/v1/", "http://0.0.0.0:8080/",
                "http://100.100.100.200/", "http://no-such-host.invalid/hook")) {
            assertProblem(create(Map.of("url", url)), 422, "unprocessable").body("errors[0].field", equalTo("url"))
                    .body("detail", containsString("url is refused"));
        }
    }

    @Test
    void unknownEventTypesAndFieldsAreRefused() {
        assertInvalidParameter(create(Map.of("url", "http://127.0.0.1:9/", "events", List.of("article.exploded"))),
                "events[0]");
        assertInvalidParameter(create(Map.of("url", "http://127.0.0.1:9/", "events", "article.published")), "events");
        assertInvalidParameter(create(Map.of("url", "http://127.0.0.1:9/", "secret", "whsec_mine")), "secret");
        assertInvalidParameter(create(Map.of("url", "http://127.0.0.1:9/", "enabled", "yes")), "enabled");
    }

    @Test
    void aRotationNeedsASensibleOverlapAndTheCurrentVersion() {
        var id = create(Map.of("url", "http://127.0.0.1:9/")).statusCode(201).extract().jsonPath().getLong("id");
        var path = WEBHOOKS + "/" + id + "/rotate-secret";
        asAdmin().contentType(ContentType.JSON).body(Map.of()).post(path).then().statusCode(428);
        asAdmin().header("If-Match", "\"0\"").post(path).then().statusCode(415)
                .contentType("application/problem+json");
        assertInvalidParameter(asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("overlap", "P30D")).post(path).then(), "overlap");
        assertInvalidParameter(asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("overlap", "a day")).post(path).then(), "overlap");
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("overlap", "PT0S"))
                .post(path).then().statusCode(200).body("secret", containsString("whsec_"))
                .body("previousSecretExpiresAt", nullValue());
        asAdmin().header("If-Match", "\"1\"").delete(WEBHOOKS + "/" + id).then().statusCode(204);
    }

    @Test
    void theLogOfAnUnknownEndpointIsA404() {
        asAdmin().get(WEBHOOKS + "/987654/deliveries").then().statusCode(404);
        asAdmin().post(WEBHOOKS + "/987654/ping").then().statusCode(404);
        asAdmin().post(WEBHOOKS + "/987654/deliveries/1/redeliver").then().statusCode(404);
        assertInvalidParameter(asAdmin().queryParam("cursor", "%%%").get(WEBHOOKS).then(), "cursor");
    }

    static io.restassured.response.ValidatableResponse create(Map<String, Object> body) {
        return asAdmin().contentType(ContentType.JSON).body(body).post(WEBHOOKS).then();
    }
}
