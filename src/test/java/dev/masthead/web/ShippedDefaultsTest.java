package dev.masthead.web;

import static dev.masthead.testing.Fixtures.article;
import static dev.masthead.testing.Mailbox.oneClickUrl;
import static dev.masthead.testing.Newsletter.address;
import static dev.masthead.testing.Newsletter.body;
import static dev.masthead.testing.Newsletter.clientIp;
import static dev.masthead.testing.Newsletter.signup;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.masthead.testing.Fixtures;
import dev.masthead.testing.Mailbox;
import dev.masthead.testing.ShippedDefaults;
import dev.masthead.testing.SmtpServer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Behaviour under the settings as shipped: the CORS dev origins, and a public base URL with a path. */
@QuarkusTest
@TestProfile(ShippedDefaults.class)
@WithTestResource(value = SmtpServer.class, scope = TestResourceScope.GLOBAL)
class ShippedDefaultsTest {

    @SmtpServer.Inbox
    Mailbox inbox;

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:3000", "http://127.0.0.1:3000", "http://[::1]:3000",
            "http://localhost:5173", "http://127.0.0.1:5173", "http://[::1]:5173"})
    void theDevServersAreAllowedUnderEveryLoopbackName(String origin) {
        given().header("Origin", origin).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .options("/api/v1/newsletter/subscriptions").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(origin));
        given().header("Origin", origin).get("/api/v1/site").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(origin))
                .header("Vary", containsString("Origin"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:3001", "https://localhost:3000", "http://127.0.0.2:3000",
            "https://frontend.example"})
    void otherOriginsAreRefused(String origin) {
        CorsTest.assertOriginRefused(given().header("Origin", origin).get("/api/v1/site").then(), origin);
    }

    @Test
    void absoluteUrlsKeepThePathOfThePublicBaseUrl() {
        var section = Fixtures.section();
        article().inSection(section).published();
        article().inSection(section).published();
        var former = Fixtures.unique("former");
        var current = article().formerly(former).published();

        given().queryParam("limit", 1).get("/api/v1/sections/" + section + "/articles").then().statusCode(200)
                .header("Link", startsWith("<https://api.example.com/masthead/api/v1/sections/" + section
                        + "/articles?limit=1&cursor="));
        given().redirects().follow(false).get("/api/v1/articles/" + former).then().statusCode(301)
                .header("Location", equalTo("https://api.example.com/masthead/api/v1/articles/" + current));
    }

    @Test
    void mailedOneClickLinksFollowThePublicBaseUrl() {
        var email = address();
        signup(body(email, "footer"), clientIp()).statusCode(202);

        assertThat(oneClickUrl(inbox.await(email, 1).get(0)))
                .startsWith("https://api.example.com/masthead/api/v1/newsletter/unsubscribe?token=");
    }
}
