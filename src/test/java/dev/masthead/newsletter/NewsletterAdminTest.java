package dev.masthead.newsletter;

import static dev.masthead.testing.Mailbox.confirmToken;
import static dev.masthead.testing.Mailbox.unsubscribeToken;
import static dev.masthead.testing.Newsletter.ADMIN_TOKEN;
import static dev.masthead.testing.Newsletter.address;
import static dev.masthead.testing.Newsletter.clientIp;
import static dev.masthead.testing.Newsletter.confirm;
import static dev.masthead.testing.Newsletter.erase;
import static dev.masthead.testing.Newsletter.export;
import static dev.masthead.testing.Newsletter.signup;
import static dev.masthead.testing.Newsletter.unsubscribe;
import static dev.masthead.testing.Problems.assertInvalidParameter;
import static dev.masthead.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.masthead.testing.Mailbox;
import dev.masthead.testing.SmtpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Export and erasure of a subscriber, behind the admin token. */
@QuarkusTest
class NewsletterAdminTest {

    private static final String EXPORTS = "/api/v1/admin/newsletter/exports";

    @SmtpServer.Inbox
    Mailbox inbox;

    @Test
    void adminPathsWantTheBearerToken() {
        var body = Map.of("email", address());
        assertProblem(given().contentType(ContentType.JSON).body(body).post(EXPORTS).then(), 401, "unauthorized")
                .header("WWW-Authenticate", "Bearer");
        assertProblem(given().contentType(ContentType.JSON).auth().oauth2("wrong").body(body).post(EXPORTS).then(), 401,
                "unauthorized");
        assertProblem(given().contentType(ContentType.JSON).header("Authorization", "Basic dGVzdDp0ZXN0").body(body)
                .post("/api/v1/admin/newsletter/erasures").then(), 401, "unauthorized");
    }

    @Test
    void exportHoldsTheConsentRecordOfEverySubscription() {
        var email = address();
        var ip = clientIp();
        signup(Map.of("email", email, "source", "article-footer"), ip).statusCode(202);
        signup(Map.of("email", email, "source", "home"), ip).statusCode(202);
        confirm(confirmToken(inbox.await(email, 1).get(0))).statusCode(200);

        export(email).statusCode(200)
                .header("Cache-Control", "no-store")
                .body("email", equalTo(email))
                .body("subscriptions", hasSize(1))
                .body("subscriptions[0].list", equalTo("weekly-round-up"))
                .body("subscriptions[0].status", equalTo("CONFIRMED"))
                .body("subscriptions[0].source", equalTo("article-footer"))
                .body("subscriptions[0].consentedAt", notNullValue())
                .body("subscriptions[0].confirmedAt", notNullValue())
                .body("subscriptions[0].unsubscribedAt", nullValue())
                .body("subscriptions[0].consentIpHash", matchesPattern("[0-9a-f]{64}"))
                .body("subscriptions[0].history.kind", contains("SIGNED_UP", "CONFIRMED"))
                .body("subscriptions[0].history[0].ipHash", equalTo(
                        export(email).extract().path("subscriptions[0].consentIpHash")));
    }

    @Test
    void theSameClientIpHashesTheSameAndNeverAppearsInTheClear() {
        var ip = clientIp();
        var first = address();
        var second = address();
        signup(Map.of("email", first), ip).statusCode(202);
        signup(Map.of("email", second), ip).statusCode(202);
        String hash = export(first).extract().path("subscriptions[0].consentIpHash");
        export(second).body("subscriptions[0].consentIpHash", equalTo(hash))
                .body(not(containsString(ip)));
    }

    @Test
    void erasureDeletesEverythingAndTheMailedLinksStopWorking() {
        var email = address();
        signup(email).statusCode(202);
        var mail = inbox.await(email, 1).get(0);

        erase(email).statusCode(200).header("Cache-Control", "no-store")
                .body("email", equalTo(email)).body("subscriptionsErased", equalTo(1));
        export(email).statusCode(200).body("subscriptions", hasSize(0));
        assertProblem(confirm(confirmToken(mail)), 400, "invalid-token");
        assertProblem(unsubscribe(unsubscribeToken(mail)), 400, "invalid-token");
        erase(email).statusCode(200).body("subscriptionsErased", equalTo(0));

        signup(email).statusCode(202);
        export(email).body("subscriptions[0].status", equalTo("PENDING"))
                .body("subscriptions[0].history", hasSize(1));
    }

    @Test
    void adminRequestsValidateTheAddress() {
        assertInvalidParameter(export("not-an-address"), "email");
        assertInvalidParameter(given().contentType(ContentType.JSON).auth().oauth2(ADMIN_TOKEN)
                .body("{}").post(EXPORTS).then(), "email");
    }
}
