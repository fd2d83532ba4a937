package dev.masthead.newsletter;

import static dev.masthead.testing.Mailbox.confirmToken;
import static dev.masthead.testing.Mailbox.header;
import static dev.masthead.testing.Mailbox.oneClickUrl;
import static dev.masthead.testing.Mailbox.subject;
import static dev.masthead.testing.Mailbox.text;
import static dev.masthead.testing.Mailbox.unsubscribeToken;
import static dev.masthead.testing.Newsletter.address;
import static dev.masthead.testing.Newsletter.body;
import static dev.masthead.testing.Newsletter.clientIp;
import static dev.masthead.testing.Newsletter.confirm;
import static dev.masthead.testing.Newsletter.expire;
import static dev.masthead.testing.Newsletter.export;
import static dev.masthead.testing.Newsletter.mailIntervalPassed;
import static dev.masthead.testing.Newsletter.signup;
import static dev.masthead.testing.Newsletter.unsubscribe;
import static dev.masthead.testing.Problems.assertInvalidParameter;
import static dev.masthead.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.masthead.testing.Mailbox;
import dev.masthead.testing.SmtpServer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The double opt-in, end to end: HTTP in, real SMTP out, links back in. */
@QuarkusTest
@WithTestResource(value = SmtpServer.class, scope = TestResourceScope.GLOBAL)
class NewsletterSignupTest {

    private static final String SUBSCRIPTIONS = "/api/v1/newsletter/subscriptions";

    @SmtpServer.Inbox
    Mailbox inbox;

    @Test
    void listsNameTheWeeklyRoundUpFirst() {
        given().get("/api/v1/newsletter/lists").then().statusCode(200)
                .header("ETag", notNullValue())
                .body("data[0].slug", equalTo("weekly-round-up"))
                .body("data[0].isDefault", equalTo(true))
                .body("data[0].blurb", startsWith("Subscribe now to our weekly round-up"));
    }

    @Test
    void signupMailsALinkThatConfirmsByPostAndEveryMailCarriesOneClickUnsubscribe() {
        var email = address();
        signup(body(email, "article-footer"), clientIp()).statusCode(202)
                .header("Cache-Control", "no-store")
                .body("status", equalTo("accepted"));

        var confirmation = inbox.await(email, 1).get(0);
        assertThat(subject(confirmation)).isEqualTo("Confirm your subscription to Weekly round-up");
        assertThat(text(confirmation)).contains("http://localhost:3000/newsletter/confirm?token=");
        assertThat(header(confirmation, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(oneClickUrl(confirmation)).startsWith("http://localhost:8080/api/v1/newsletter/unsubscribe?token=");
        export(email).statusCode(200).body("subscriptions[0].status", equalTo("PENDING"));

        confirm(confirmToken(confirmation)).statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("list.slug", equalTo("weekly-round-up"))
                .body("at", notNullValue());
        export(email).statusCode(200)
                .body("subscriptions[0].status", equalTo("CONFIRMED"))
                .body("subscriptions[0].source", equalTo("article-footer"))
                .body("subscriptions[0].confirmedAt", notNullValue())
                .body("subscriptions[0].consentIpHash", matchesPattern("[0-9a-f]{64}"))
                .body("subscriptions[0].history.kind", contains("SIGNED_UP", "CONFIRMED"));

        var welcome = inbox.await(email, 2).get(1);
        assertThat(subject(welcome)).isEqualTo("You are subscribed to Weekly round-up");
        assertThat(header(welcome, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        // What a mail provider does with the headers (RFC 8058): a form POST to the URL, no cookies, no JSON.
        var oneClick = oneClickUrl(welcome).replace("http://localhost:8080", "");
        given().contentType(ContentType.URLENC).formParam("List-Unsubscribe", "One-Click")
                .post(oneClick).then().statusCode(200)
                .body("status", equalTo("UNSUBSCRIBED"));
        export(email).statusCode(200)
                .body("subscriptions[0].status", equalTo("UNSUBSCRIBED"))
                .body("subscriptions[0].unsubscribedAt", notNullValue())
                .body("subscriptions[0].history.kind", contains("SIGNED_UP", "CONFIRMED", "UNSUBSCRIBED"));
    }

    @Test
    void getRequestsChangeNothing() {
        var email = address();
        signup(email).statusCode(202);
        var mail = inbox.await(email, 1).get(0);

        assertProblem(given().get("/api/v1/newsletter/confirmations?token=" + confirmToken(mail)).then(), 405,
                "method-not-allowed").header("Allow", "OPTIONS, POST");
        given().redirects().follow(false).accept("text/html").get(oneClickUrl(mail).replace("http://localhost:8080", "")).then()
                .statusCode(303)
                .header("Location", equalTo("http://localhost:3000/newsletter/unsubscribe?token=" + unsubscribeToken(mail)));
        export(email).body("subscriptions[0].status", equalTo("PENDING"))
                .body("subscriptions[0].history.kind", contains("SIGNED_UP"));
    }

    @Test
    void aConfirmationTokenWorksOnce() {
        var email = address();
        signup(email).statusCode(202);
        var token = confirmToken(inbox.await(email, 1).get(0));
        confirm(token).statusCode(200);
        assertProblem(confirm(token), 400, "invalid-token").body("errors[0].field", equalTo("token"));
    }

    @Test
    void anExpiredConfirmationTokenIsRefusedWhileUnsubscribeStillWorks() {
        var email = address();
        signup(email).statusCode(202);
        var mail = inbox.await(email, 1).get(0);
        expire(confirmToken(mail));

        assertProblem(confirm(confirmToken(mail)), 400, "token-expired");
        export(email).body("subscriptions[0].status", equalTo("PENDING"));
        unsubscribe(unsubscribeToken(mail)).statusCode(200).body("status", equalTo("UNSUBSCRIBED"));
        // Repeating it is harmless: mail providers retry.
        unsubscribe(unsubscribeToken(mail)).statusCode(200).body("status", equalTo("UNSUBSCRIBED"));
    }

    @Test
    void unsubscribingCancelsAnOutstandingConfirmationLink() {
        var email = address();
        signup(email).statusCode(202);
        var mail = inbox.await(email, 1).get(0);
        unsubscribe(unsubscribeToken(mail)).statusCode(200);
        assertProblem(confirm(confirmToken(mail)), 400, "invalid-token");
        export(email).body("subscriptions[0].status", equalTo("UNSUBSCRIBED"));
    }

    @Test
    void oneClickUnsubscribeAlsoComesAsMultipartForm() {
        var email = address();
        signup(email).statusCode(202);
        var mail = inbox.await(email, 1).get(0);
        // RFC 8058 lets a mail provider send the one-click body as multipart/form-data too.
        given().multiPart("List-Unsubscribe", "One-Click")
                .post(oneClickUrl(mail).replace("http://localhost:8080", "")).then()
                .statusCode(200)
                .body("status", equalTo("UNSUBSCRIBED"));
        export(email).body("subscriptions[0].status", equalTo("UNSUBSCRIBED"));
    }

    @Test
    void malformedOrUnknownTokensAreRefused() {
        assertProblem(confirm("not-a-token"), 400, "invalid-token");
        assertProblem(confirm("A".repeat(43)), 400, "invalid-token");
        assertProblem(unsubscribe("B".repeat(43)), 400, "invalid-token");
        assertProblem(unsubscribe("x'; drop table newsletter_token; --"), 400, "invalid-token");
        assertProblem(confirm("\u0000".repeat(43)), 400, "invalid-token");
        // A one-click request without its token, as a broken mail client might send.
        assertProblem(given().contentType(ContentType.URLENC).formParam("List-Unsubscribe", "One-Click")
                .post("/api/v1/newsletter/unsubscribe").then(), 400, "invalid-token");
        assertInvalidParameter(given().contentType(ContentType.JSON).body("{}")
                .post("/api/v1/newsletter/confirmations").then(), "token");
        assertInvalidParameter(given().contentType(ContentType.JSON).body(Map.of("token", "x".repeat(500)))
                .post("/api/v1/newsletter/unsubscribe").then(), "token");
    }

    @Test
    void signupAnswersTheSameWhateverTheAddressIsUpTo() {
        var pending = address();
        signup(pending).statusCode(202);
        var confirmed = address();
        signup(confirmed).statusCode(202);
        var confirmation = inbox.await(confirmed, 1).get(0);
        confirm(confirmToken(confirmation)).statusCode(200);
        var unsubscribed = address();
        signup(unsubscribed).statusCode(202);
        unsubscribe(unsubscribeToken(inbox.await(unsubscribed, 1).get(0))).statusCode(200);
        var fresh = address();

        var answers = List.of(fresh, pending, confirmed, unsubscribed).stream()
                .map(email -> signup(email).extract())
                .map(NewsletterSignupTest::comparable)
                .toList();
        assertThat(answers).allSatisfy(answer -> assertThat(answer).isEqualTo(answers.get(0)));
        assertThat(answers.get(0).get("status")).isEqualTo("202");
    }

    /** Status, headers (but Date) and body: everything a client could tell answers apart by. */
    private static Map<String, String> comparable(ExtractableResponse<Response> response) {
        var seen = new TreeMap<String, String>();
        seen.put("status", Integer.toString(response.statusCode()));
        seen.put("body", response.asString());
        response.headers().asList().stream()
                .filter(h -> !h.getName().equalsIgnoreCase("Date"))
                .forEach(h -> seen.put("header " + h.getName().toLowerCase(), h.getValue()));
        return seen;
    }

    @Test
    void repeatedSignupsWithinTheMailIntervalSendOneMail() {
        var email = address();
        signup(email).statusCode(202);
        signup(email).statusCode(202);
        signup(email).statusCode(202);
        inbox.assertStays(1, email);

        mailIntervalPassed(email);
        signup(email).statusCode(202);
        var mails = inbox.await(email, 2);
        assertThat(mails).hasSize(2);
        // The newer link works as well as the older one until either is used.
        confirm(confirmToken(mails.get(1))).statusCode(200).body("status", equalTo("CONFIRMED"));
    }

    @Test
    void resubscribingAfterUnsubscribingStartsANewOptIn() {
        var email = address();
        signup(body(email, "home"), clientIp()).statusCode(202);
        var first = inbox.await(email, 1).get(0);
        confirm(confirmToken(first)).statusCode(200);
        unsubscribe(unsubscribeToken(first)).statusCode(200);

        mailIntervalPassed(email);
        signup(body(email, "article-footer"), clientIp()).statusCode(202);
        export(email).body("subscriptions[0].status", equalTo("PENDING"))
                .body("subscriptions[0].source", equalTo("article-footer"))
                .body("subscriptions[0].confirmedAt", nullValue());
        var reconfirmation = inbox.await(email, 3).get(2);
        assertThat(subject(reconfirmation)).startsWith("Confirm your subscription");
        confirm(confirmToken(reconfirmation)).statusCode(200).body("status", equalTo("CONFIRMED"));
        export(email).body("subscriptions", hasSize(1))
                .body("subscriptions[0].history.kind", contains("SIGNED_UP", "CONFIRMED", "UNSUBSCRIBED", "SIGNED_UP", "CONFIRMED"))
                .body("subscriptions[0].history[0].source", equalTo("home"));
    }

    @Test
    void invalidAddressesAre400NamingTheEmailField() {
        for (var bad : List.of("", "   ", "no-at-sign", "reader@", "@example.com", "reader@localhost", "a..b@example.com",
                ".reader@example.com", "reader@-bad-.example", "reader@example.123", "read er@example.com",
                "reader@exa_mple.com", "reader\u0000@example.com", "reader@[127.0.0.1]", "x".repeat(65) + "@example.com",
                "reader@" + "d".repeat(64) + ".example", "r@" + ("a".repeat(60) + ".").repeat(5) + "example",
                "\"quoted\"@example.com")) {
            assertInvalidParameter(signup(Map.of("email", bad), clientIp()), "email");
        }
        assertInvalidParameter(signup(Map.of("list", "weekly-round-up"), clientIp()), "email");
        assertInvalidParameter(signup(Map.of("email", "x".repeat(400) + "@example.com"), clientIp()), "email");
        // Read strictly: a number is not coerced into an address.
        assertProblem(signup(Map.of("email", 42), clientIp()), 400, "malformed-body")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("email"));
        assertProblem(signup(Map.of("email", Map.of("nested", "object")), clientIp()), 400, "malformed-body");
    }

    @Test
    void malformedBodiesAre4xxProblems() {
        assertProblem(given().contentType(ContentType.JSON).body("{\"email\":").post(SUBSCRIPTIONS).then(), 400,
                "malformed-body");
        assertProblem(given().contentType(ContentType.JSON).body("[1,2]").post(SUBSCRIPTIONS).then(), 400,
                "malformed-body");
        assertProblem(given().contentType(ContentType.JSON).post(SUBSCRIPTIONS).then(), 400, "invalid-parameter");
        assertProblem(given().contentType(ContentType.TEXT).body("reader@example.com").post(SUBSCRIPTIONS).then(), 415,
                "unsupported-media-type");
    }

    @Test
    void internationalisedDomainsAreOneSubscriberWhateverTheSpelling() {
        var local = address().replace("@example.com", "");
        signup(Map.of("email", "  " + local.toUpperCase() + "@Bücher.Example "), clientIp()).statusCode(202);
        signup(Map.of("email", local + "@xn--bcher-kva.example"), clientIp()).statusCode(202);

        var normalised = local + "@xn--bcher-kva.example";
        export(local + "@BÜCHER.example").statusCode(200)
                .body("email", equalTo(normalised))
                .body("subscriptions", hasSize(1));
        inbox.assertStays(1, normalised);
    }

    @Test
    void unknownListsAndUnprintableSourcesAreRefused() {
        var email = address();
        assertInvalidParameter(signup(Map.of("email", email, "list", "no-such-list"), clientIp()), "list");
        assertInvalidParameter(signup(Map.of("email", email, "list", "weekly\u0000round-up"), clientIp()), "list");
        assertInvalidParameter(signup(Map.of("email", email, "list", "x'; drop table newsletter_list; --"), clientIp()), "list");
        assertInvalidParameter(signup(Map.of("email", email, "source", "footer\u0007"), clientIp()), "source");
        assertInvalidParameter(signup(Map.of("email", email, "source", "s".repeat(201)), clientIp()), "source");
        export(email).body("subscriptions", hasSize(0));
        inbox.assertStays(0, email);
    }

    @Test
    void theSignupChallengeHookCanRefuse() {
        var email = address();
        assertProblem(signup(Map.of("email", email, "captchaToken", RefusingChallenge.REFUSED), clientIp()), 400,
                "captcha-failed").body("errors[0].field", equalTo("captchaToken"));
        export(email).body("subscriptions", hasSize(0));
        signup(Map.of("email", email, "captchaToken", "solved"), clientIp()).statusCode(202);
        export(email).body("subscriptions", hasSize(1));
    }

    @Test
    void logsShowAddressesOnlyMasked() throws Exception {
        var email = address();
        signup(email).statusCode(202);
        confirm(confirmToken(inbox.await(email, 1).get(0))).statusCode(200);
        inbox.await(email, 2);

        var log = Files.readString(Path.of("target", "masthead-test.log"));
        var masked = "r***@example.com";
        assertThat(log).contains("CONFIRMATION mail sent to " + masked)
                .contains("confirmed")
                .doesNotContain(email);
    }
}
