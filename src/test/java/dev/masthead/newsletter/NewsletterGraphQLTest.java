package dev.masthead.newsletter;

import static dev.masthead.testing.Mailbox.confirmToken;
import static dev.masthead.testing.Mailbox.unsubscribeToken;
import static dev.masthead.testing.Newsletter.address;
import static dev.masthead.testing.Newsletter.expire;
import static dev.masthead.testing.Newsletter.export;
import static dev.masthead.testing.Newsletter.signup;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.masthead.testing.GraphQL;
import dev.masthead.testing.Mailbox;
import dev.masthead.testing.SmtpServer;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The same opt-in through the GraphQL door, with the same rules and answers. */
@QuarkusTest
class NewsletterGraphQLTest {

    private static final String SUBSCRIBE = """
            mutation($input: NewsletterSignupInput!) { subscribeToNewsletter(input: $input) { status message } }""";
    private static final String CONFIRM = """
            mutation($token: String!) { confirmSubscription(token: $token) { status at list { slug name } } }""";
    private static final String UNSUBSCRIBE = """
            mutation($token: String!) { unsubscribe(token: $token) { status list { slug } } }""";

    @SmtpServer.Inbox
    Mailbox inbox;

    @Test
    void subscribeConfirmAndUnsubscribeByMutation() {
        var email = address();
        Map<String, Object> accepted = GraphQL.post(SUBSCRIBE, Map.of("input", Map.of("email", email, "source", "app")))
                .body("errors", nullValue())
                .extract().path("data.subscribeToNewsletter");
        Map<String, Object> rest = signup(address()).statusCode(202).extract().as(Map.class);
        assertThat(accepted).isEqualTo(rest);

        var mail = inbox.await(email, 1).get(0);
        GraphQL.post(CONFIRM, Map.of("token", confirmToken(mail)))
                .body("data.confirmSubscription.status", equalTo("CONFIRMED"))
                .body("data.confirmSubscription.list.slug", equalTo("weekly-round-up"))
                .body("data.confirmSubscription.at", notNullValue());
        GraphQL.post(UNSUBSCRIBE, Map.of("token", unsubscribeToken(mail)))
                .body("data.unsubscribe.status", equalTo("UNSUBSCRIBED"));
        export(email).body("subscriptions[0].source", equalTo("app"))
                .body("subscriptions[0].history.kind", contains("SIGNED_UP", "CONFIRMED", "UNSUBSCRIBED"));
    }

    @Test
    void errorsCarryTheRestProblemTypeAsCode() {
        GraphQL.post(SUBSCRIBE, Map.of("input", Map.of("email", "not-an-address")))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("invalid-parameter"))
                .body("errors[0].message", equalTo("email must be an address such as reader@example.com."));
        GraphQL.post(CONFIRM, Map.of("token", "D".repeat(43)))
                .body("errors[0].extensions.code", equalTo("invalid-token"));
        GraphQL.post(UNSUBSCRIBE, Map.of("token", "nonsense"))
                .body("errors[0].extensions.code", equalTo("invalid-token"));

        var email = address();
        signup(email).statusCode(202);
        var token = confirmToken(inbox.await(email, 1).get(0));
        expire(token);
        GraphQL.post(CONFIRM, Map.of("token", token)).body("errors[0].extensions.code", equalTo("token-expired"));
    }

    @Test
    void mutationsAreRefusedOverGet() {
        var email = address();
        var mutation = "mutation { subscribeToNewsletter(input: {email: \"" + email + "\"}) { status } }";
        given().queryParam("query", mutation).get("/graphql").then()
                .statusCode(405).header("Allow", "POST")
                .body("errors[0].extensions.code", equalTo("method-not-allowed"))
                .body("errors[0].message", containsString("only by POST"))
                .body("data", nullValue());
        // SmallRye decoded the URL a second time, so %256D ran as an m. Decoded once it is the
        // text %6D, which does not parse; nothing is signed up (checked below).
        var smuggled = URLEncoder.encode(mutation, StandardCharsets.UTF_8).replaceFirst("^m", "%256D");
        given().urlEncodingEnabled(false).get("/graphql?query=" + smuggled).then()
                .statusCode(200)
                .body("errors[0].message", containsString("Unparseable"))
                .body("data", nullValue());
        // Queries by GET still work.
        given().queryParam("query", "{ newsletterLists { slug } }").get("/graphql").then().statusCode(200)
                .body("data.newsletterLists[0].slug", equalTo("weekly-round-up"));
        export(email).body("subscriptions", hasSize(0));
    }

    @Test
    void listsMatchRest() {
        var rest = given().get("/api/v1/newsletter/lists").then().statusCode(200).extract().path("data");
        GraphQL.post("{ newsletterLists { slug name blurb cadence isDefault } }")
                .body("data.newsletterLists", equalTo(rest));
    }
}
