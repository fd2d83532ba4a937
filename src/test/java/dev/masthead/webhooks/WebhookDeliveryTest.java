package dev.masthead.webhooks;

import static dev.masthead.testing.Editorial.ARTICLES;
import static dev.masthead.testing.Editorial.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.standardwebhooks.Webhook;
import dev.masthead.events.Outbox;
import dev.masthead.testing.Editorial;
import dev.masthead.testing.TestClock;
import dev.masthead.testing.WebhookReceiver;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks end to end: endpoints registered through the API, change events fanned out, sent to a
 * real HTTP receiver, verified with the Standard Webhooks reference library, retried on the
 * schedule as the test moves the clock, logged, disabled by 410 and by three days of failures.
 * The tests fan out and sweep themselves (the scheduled runs wait an hour in tests).
 */
@QuarkusTest
class WebhookDeliveryTest {

    static final String WEBHOOKS = "/api/v1/admin/webhooks";

    @Inject
    WebhookFanOut fanOut;

    @Inject
    Outbox outbox;

    WebhookReceiver receiver;
    final List<Long> endpoints = new ArrayList<>();

    @BeforeEach
    void start() {
        receiver = new WebhookReceiver();
        fanOut.fanOut();  // what earlier tests left is not for this one's endpoints anyway
    }

    @AfterEach
    void stop() {
        TestClock.reset();
        for (var id : endpoints) {
            var etag = asAdmin().get(WEBHOOKS + "/" + id).then().extract().header("ETag");
            if (etag != null) {
                asAdmin().header("If-Match", etag).delete(WEBHOOKS + "/" + id).then().statusCode(204);
            }
        }
        receiver.close();
    }

    @Test
    void aPublishedArticleReachesTheEndpointSignedAsTheStandardSays() throws Exception {
        var endpoint = register("/all", Map.of());
        var secret = endpoint.getString("secret");
        assertThat(secret).startsWith("whsec_");
        assertThat(asAdmin().get(WEBHOOKS + "/" + endpoint.getLong("id")).then().statusCode(200)
                .extract().jsonPath().getString("secret")).as("the secret shows only once").isNull();

        var input = Editorial.input("europe");
        long article = Editorial.createDraft(input);
        publish(article);
        fanOut.fanOut();

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.at("/all").size() >= 2);
        var received = receiver.at("/all");
        var types = received.stream().map(r -> JsonPath.from(r.body()).getString("type")).toList();
        assertThat(types).as("in commit order").containsExactly("article.created", "article.published");
        for (var delivery : received) {
            // The reference verifier throws unless a signature matches and the timestamp is fresh.
            new Webhook(secret).verify(delivery.body(), delivery.headers());
        }
        var published = JsonPath.from(received.get(1).body());
        assertThat(published.getLong("data.id")).isEqualTo(article);
        assertThat(published.getString("data.kind")).isEqualTo("published");
        assertThat(published.getBoolean("data.visible")).isTrue();
        assertThat(JsonPath.from(received.get(0).body()).getBoolean("data.visible")).as("a draft").isFalse();
        assertThat(published.getString("data.slug")).isEqualTo(input.get("slug"));
        assertThat(published.getString("data.urls.api")).isEqualTo("http://localhost:8080/api/v1/articles/" + input.get("slug"));
        assertThat(published.getString("data.urls.page")).isEqualTo("http://localhost:3000/europe/" + input.get("slug"));
        assertThat(published.getList("data.surrogateKeys", String.class))
                .containsExactlyInAnyOrder("article-" + input.get("slug"), "articles");
        assertThat(received.get(1).header("webhook-id")).startsWith("msg_" + published.getLong("data.seq"));
        assertThat(received.get(1).header("content-type")).isEqualTo("application/json");

        var log = asAdmin().get(WEBHOOKS + "/" + endpoint.getLong("id") + "/deliveries").then().statusCode(200)
                .extract().jsonPath();
        assertThat(log.getList("data.status", String.class)).containsExactly("delivered", "delivered");
        assertThat(log.getInt("data[0].attempts[0].statusCode")).isEqualTo(204);
        assertThat(log.getString("data[0].eventType")).isEqualTo("article.published");
    }

    @Test
    void anEndpointGetsOnlyTheTypesItAskedForAndNothingFromBeforeItExisted() {
        long before = Editorial.createDraft(Editorial.input("europe"));
        register("/published", Map.of("events", List.of("article.published")));
        publish(before);
        long after = Editorial.createDraft(Editorial.input("europe"));
        publish(after);
        fanOut.fanOut();

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.at("/published").size() >= 2);
        var types = receiver.at("/published").stream().map(r -> JsonPath.from(r.body()).getString("type")).toList();
        assertThat(types).containsOnly("article.published").hasSize(2);
    }

    @Test
    void aFailedDeliveryIsRetriedOnTheScheduleAndLaterEventsOfTheEntityWait() {
        var endpoint = register("/flaky", Map.of());
        receiver.answer(500);
        long article = Editorial.createDraft(Editorial.input("europe"));
        publish(article);
        fanOut.fanOut();

        await().atMost(Duration.ofSeconds(10)).until(() -> !receiver.at("/flaky").isEmpty());
        outbox.sweep();
        assertThat(receiver.at("/flaky")).as("published waits behind the failed created").hasSize(1);
        var log = deliveries(endpoint.getLong("id"));
        var created = log.getList("data").size() - 1;
        assertThat(log.getString("data[" + created + "].status")).isEqualTo("pending");
        assertThat(log.getInt("data[" + created + "].attempts[0].statusCode")).isEqualTo(500);
        assertThat(log.getString("data[" + created + "].attempts[0].error")).isEqualTo("Answered 500");

        TestClock.advance(Duration.ofSeconds(6));
        outbox.sweep();
        var received = receiver.at("/flaky");
        assertThat(received.stream().map(r -> JsonPath.from(r.body()).getString("type")).toList())
                .containsExactly("article.created", "article.created", "article.published");
        assertThat(received.get(1).header("webhook-id")).as("a retry is the same message")
                .isEqualTo(received.get(0).header("webhook-id"));
        assertThat(deliveries(endpoint.getLong("id")).getList("data.status", String.class))
                .containsOnly("delivered");
    }

    @Test
    void retryAfterPushesTheNextAttemptBack() {
        register("/busy", Map.of());
        receiver.answer(503);
        receiver.retryAfter("120");
        Editorial.createDraft(Editorial.input("europe"));
        fanOut.fanOut();
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.at("/busy").size() == 1);

        TestClock.advance(Duration.ofSeconds(60));
        outbox.sweep();
        assertThat(receiver.at("/busy")).as("not before the two minutes asked for").hasSize(1);
        TestClock.advance(Duration.ofSeconds(61));
        outbox.sweep();
        assertThat(receiver.at("/busy")).hasSize(2);
    }

    @Test
    void gone410DisablesTheEndpointAndSaysWhy() {
        var endpoint = register("/gone", Map.of());
        receiver.answer(410);
        Editorial.createDraft(Editorial.input("europe"));
        fanOut.fanOut();
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.at("/gone").size() == 1);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> asAdmin().get(WEBHOOKS + "/" + endpoint.getLong("id"))
                .then().body("enabled", equalTo(false)).body("disabledReason", startsWith("The receiver answered 410")));
        Editorial.createDraft(Editorial.input("europe"));
        fanOut.fanOut();
        outbox.sweep();
        assertThat(receiver.at("/gone")).as("nothing more is sent").hasSize(1);
    }

    @Test
    void threeDaysOfFailuresDisableTheEndpoint() {
        var endpoint = register("/down", Map.of());
        receiver.answer(java.util.Collections.nCopies(20, 500).toArray(Integer[]::new));
        Editorial.createDraft(Editorial.input("europe"));
        fanOut.fanOut();
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.at("/down").size() == 1);

        var elapsed = Duration.ZERO;
        for (var wait : List.of(5L, 300L, 1800L, 7200L, 18000L, 36000L, 50400L, 72000L, 86400L)) {
            var step = Duration.ofSeconds(wait + wait / 10 + 1);
            TestClock.advance(step);
            elapsed = elapsed.plus(step);
            outbox.sweep();
        }
        assertThat(receiver.at("/down")).as("ten attempts in all").hasSize(10);
        assertThat(elapsed).isGreaterThan(Duration.ofDays(3));
        var view = asAdmin().get(WEBHOOKS + "/" + endpoint.getLong("id")).then().statusCode(200).extract().jsonPath();
        assertThat(view.getBoolean("enabled")).isFalse();
        assertThat(view.getString("disabledReason")).startsWith("Every attempt to deliver article.created");
        assertThat(deliveries(endpoint.getLong("id")).getString("data[0].status")).isEqualTo("failed");
    }

    @Test
    void oneMessageTheReceiverRefusesDoesNotDisableAnEndpointThatTakesTheRest() {
        var endpoint = register("/picky", Map.of("events", List.of("article.created")));
        receiver.answer(400);
        Editorial.createDraft(Editorial.input("europe"));
        fanOut.fanOut();
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.at("/picky").size() == 1);

        for (var wait : List.of(5L, 300L, 1800L, 7200L, 18000L, 36000L, 50400L, 72000L, 86400L)) {
            // Between two retries of the refused one, another event goes through.
            receiver.answer(204);
            // Counted before the fan-out: its send starts at once and may land before the next line.
            int before = receiver.at("/picky").size();
            Editorial.createDraft(Editorial.input("europe"));
            fanOut.fanOut();
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.at("/picky").size() == before + 1);
            TestClock.advance(Duration.ofSeconds(wait + wait / 10 + 1));
            receiver.answer(400);
            outbox.sweep();
        }
        var view = asAdmin().get(WEBHOOKS + "/" + endpoint.getLong("id")).then().statusCode(200).extract().jsonPath();
        assertThat(view.getBoolean("enabled")).as("deliveries kept succeeding").isTrue();
        var statuses = deliveries(endpoint.getLong("id")).getList("data.status", String.class);
        assertThat(statuses).contains("failed").contains("delivered");
    }

    @Test
    void aRotatedSecretSignsBesideTheFormerOneDuringTheOverlap() throws Exception {
        var endpoint = register("/rotated", Map.of());
        var former = endpoint.getString("secret");
        var id = endpoint.getLong("id");
        var rotated = asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("overlap", "PT1H")).post(WEBHOOKS + "/" + id + "/rotate-secret").then().statusCode(200)
                .extract().jsonPath();
        var current = rotated.getString("secret");
        assertThat(current).startsWith("whsec_").isNotEqualTo(former);
        assertThat(rotated.getString("previousSecretExpiresAt")).isNotNull();

        Editorial.createDraft(Editorial.input("europe"));
        fanOut.fanOut();
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.at("/rotated").size() == 1);
        var during = receiver.at("/rotated").get(0);
        assertThat(during.header("webhook-signature").split(" ")).hasSize(2);
        new Webhook(former).verify(during.body(), during.headers());
        new Webhook(current).verify(during.body(), during.headers());

        TestClock.advance(Duration.ofHours(1).plusSeconds(1));
        Editorial.createDraft(Editorial.input("europe"));
        fanOut.fanOut();
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.at("/rotated").size() == 2);
        var after = receiver.at("/rotated").get(1);
        assertThat(after.header("webhook-signature").split(" ")).as("the former secret no longer signs").hasSize(1);
        var reference = new Webhook(current).sign(after.header("webhook-id"),
                Long.parseLong(after.header("webhook-timestamp")), after.body());
        assertThat(after.header("webhook-signature")).isEqualTo(reference);
    }

    @Test
    void pingAnswersWithTheAttemptAndRedeliverSendsTheSameMessageAgain() throws Exception {
        var endpoint = register("/ping", Map.of());
        var id = endpoint.getLong("id");
        var ping = asAdmin().post(WEBHOOKS + "/" + id + "/ping").then().statusCode(200).extract().jsonPath();
        assertThat(ping.getString("status")).isEqualTo("delivered");
        assertThat(ping.getString("eventType")).isEqualTo("webhook.ping");
        assertThat(ping.getInt("attempts[0].statusCode")).isEqualTo(204);
        var sent = receiver.at("/ping").get(0);
        new Webhook(endpoint.getString("secret")).verify(sent.body(), sent.headers());
        assertThat(JsonPath.from(sent.body()).getString("type")).isEqualTo("webhook.ping");

        receiver.answer(500);
        var failed = asAdmin().post(WEBHOOKS + "/" + id + "/ping").then().statusCode(200).extract().jsonPath();
        assertThat(failed.getString("status")).isEqualTo("failed");
        assertThat(failed.getInt("attempts[0].statusCode")).isEqualTo(500);

        var again = asAdmin().post(WEBHOOKS + "/" + id + "/deliveries/" + ping.getLong("id") + "/redeliver").then()
                .statusCode(202).extract().jsonPath();
        assertThat(again.getLong("id")).isEqualTo(ping.getLong("id"));
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.at("/ping").size() == 3);
        assertThat(receiver.at("/ping").get(2).header("webhook-id")).isEqualTo(sent.header("webhook-id"));
        assertThat(receiver.at("/ping").get(2).body()).isEqualTo(sent.body());
    }

    @Test
    void instancesFanningOutAtOnceMakeOneDeliveryPerEvent() throws Exception {
        var endpoint = register("/once", Map.of());
        for (int i = 0; i < 5; i++) {
            Editorial.createDraft(Editorial.input("europe"));
        }
        var barrier = new CyclicBarrier(3);
        var runs = new ArrayList<CompletableFuture<Integer>>();
        for (int i = 0; i < 3; i++) {
            runs.add(CompletableFuture.supplyAsync(() -> {
                try {
                    barrier.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return fanOut.fanOut();
            }));
        }
        assertThat(runs.stream().mapToInt(CompletableFuture::join).sum()).as("the events were read once").isEqualTo(5);
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.at("/once").size() >= 5);
        outbox.sweep();
        assertThat(receiver.at("/once")).hasSize(5);
        assertThat(deliveries(endpoint.getLong("id")).getList("data")).hasSize(5);
    }

    JsonPath register(String path, Map<String, Object> fields) {
        var body = new HashMap<String, Object>(fields);
        body.put("url", receiver.url(path));
        var created = asAdmin().contentType(ContentType.JSON).body(body).post(WEBHOOKS).then().statusCode(201)
                .header("ETag", "\"0\"").extract().jsonPath();
        endpoints.add(created.getLong("id"));
        return created;
    }

    static JsonPath deliveries(long endpoint) {
        return asAdmin().get(WEBHOOKS + "/" + endpoint + "/deliveries").then().statusCode(200).extract().jsonPath();
    }

    static void publish(long article) {
        asAdmin().header("If-Match", Editorial.etag(article)).post(ARTICLES + "/" + article + "/publish").then()
                .statusCode(200);
    }
}
