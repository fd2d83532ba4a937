package dev.masthead.newsletter;

import static dev.masthead.testing.Mailbox.confirmToken;
import static dev.masthead.testing.Mailbox.unsubscribeToken;
import static dev.masthead.testing.Newsletter.address;
import static dev.masthead.testing.Newsletter.clientIp;
import static dev.masthead.testing.Newsletter.confirm;
import static dev.masthead.testing.Newsletter.expire;
import static dev.masthead.testing.Newsletter.signup;
import static dev.masthead.testing.Newsletter.unsubscribe;
import static dev.masthead.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import dev.masthead.testing.GraphQL;
import dev.masthead.testing.Mailbox;
import dev.masthead.testing.OwnDatabase;
import dev.masthead.testing.SmtpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The abuse limits, made small enough to reach in a test. */
@QuarkusTest
@TestProfile(NewsletterLimitsTest.TightLimits.class)
class NewsletterLimitsTest {

    public static class TightLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            var overrides = new HashMap<>(Map.of(
                    "masthead.newsletter.limits.signup-per-ip.requests", "3",
                    "masthead.newsletter.limits.signup-per-ip.window", "1h",
                    "masthead.newsletter.limits.signup-per-address.requests", "2",
                    "masthead.newsletter.limits.signup-per-address.window", "1h",
                    "masthead.newsletter.limits.confirm-per-ip.requests", "3",
                    "masthead.newsletter.limits.confirm-per-ip.window", "1h",
                    "masthead.newsletter.limits.confirm-per-address.requests", "2",
                    "masthead.newsletter.limits.confirm-per-address.window", "1h"));
            overrides.putAll(OwnDatabase.named("limits-test"));
            return overrides;
        }
    }

    @SmtpServer.Inbox
    Mailbox inbox;

    @Test
    void signupsFromOneClientBeyondTheLimitAre429WithRetryAfterAndRateLimitHeaders() {
        var ip = clientIp();
        for (int i = 0; i < 3; i++) {
            signup(Map.of("email", address()), ip).statusCode(202);
        }
        assertProblem(signup(Map.of("email", address()), ip), 429, "rate-limited")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .header("RateLimit-Policy", "\"signup-ip\";q=3;w=3600")
                .header("RateLimit", matchesPattern("\"signup-ip\";r=0;t=[1-9][0-9]*"));
        // Another client is not held back by the first.
        signup(Map.of("email", address()), clientIp()).statusCode(202);
    }

    @Test
    void signupsForOneAddressBeyondTheLimitAre429FromAnyClient() {
        var email = address();
        signup(Map.of("email", email), clientIp()).statusCode(202);
        signup(Map.of("email", email), clientIp()).statusCode(202);
        assertProblem(signup(Map.of("email", email), clientIp()), 429, "rate-limited")
                .header("RateLimit-Policy", "\"signup-address\";q=2;w=3600");
    }

    @Test
    void spellingsOfOneMailboxDrawFromOneAddressLimit() {
        var user = address().replace("@example.com", "");
        signup(Map.of("email", user + "@gmail.com"), clientIp()).statusCode(202);
        signup(Map.of("email", user.charAt(0) + "." + user.substring(1) + "+news@gmail.com"), clientIp()).statusCode(202);
        assertProblem(signup(Map.of("email", user.toUpperCase() + "@googlemail.com"), clientIp()), 429, "rate-limited")
                .header("RateLimit-Policy", "\"signup-address\";q=2;w=3600");
        // A different mailbox at the same provider has a bucket of its own.
        signup(Map.of("email", user + "x@gmail.com"), clientIp()).statusCode(202);
    }

    @Test
    void confirmationAttemptsFromOneClientBeyondTheLimitAre429() {
        var ip = clientIp();
        for (int i = 0; i < 3; i++) {
            assertProblem(confirm("C".repeat(42) + i, ip), 400, "invalid-token");
        }
        assertProblem(confirm("C".repeat(43), ip), 429, "rate-limited")
                .header("RateLimit-Policy", "\"confirm-ip\";q=3;w=3600");
    }

    @Test
    void confirmationAttemptsForOneAddressBeyondTheLimitAre429FromAnyClient() {
        var email = address();
        signup(Map.of("email", email), clientIp()).statusCode(202);
        var token = confirmToken(inbox.await(email, 1).get(0));
        expire(token);
        assertProblem(confirm(token, clientIp()), 400, "token-expired");
        assertProblem(confirm(token, clientIp()), 400, "token-expired");
        assertProblem(confirm(token, clientIp()), 429, "rate-limited")
                .header("RateLimit-Policy", "\"confirm-address\";q=2;w=3600");
    }

    @Test
    void unsubscribingIsNeverLimitedBecauseMailProvidersSendItFromFewAddresses() {
        var email = address();
        signup(Map.of("email", email), clientIp()).statusCode(202);
        var token = unsubscribeToken(inbox.await(email, 1).get(0));
        for (int i = 0; i < 6; i++) {
            given().header("X-Forwarded-For", "10.250.0.1").contentType(ContentType.JSON).body(Map.of("token", token))
                    .post("/api/v1/newsletter/unsubscribe").then().statusCode(200);
        }
        unsubscribe(token).statusCode(200);
    }

    @Test
    void graphQLSignupsCountAgainstTheSameLimits() {
        var email = address();
        var mutation = "mutation($email: String!) { subscribeToNewsletter(input: {email: $email}) { status } }";
        signup(Map.of("email", email), clientIp()).statusCode(202);
        signup(Map.of("email", email), clientIp()).statusCode(202);
        GraphQL.post(mutation, Map.of("email", email))
                .body("errors[0].extensions.code", equalTo("rate-limited"))
                .body("errors[0].message", matchesPattern("Too many signups for this address.*"));
    }
}
