package dev.masthead.webhooks;

import static dev.masthead.testing.Editorial.asAdmin;
import static dev.masthead.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.masthead.testing.Editorial;
import dev.masthead.testing.OwnDatabase;
import dev.masthead.testing.WebhookReceiver;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With the production setting (no private addresses), loopback and private URLs are refused
 * when saved, and an endpoint whose address turned private after it was saved (DNS changes)
 * is not sent to: the attempt is logged as refused.
 */
@QuarkusTest
@TestProfile(WebhookPrivateAddressTest.PrivateAddressesRefused.class)
class WebhookPrivateAddressTest {

    public static class PrivateAddressesRefused implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            var overrides = new HashMap<>(Map.of("masthead.webhooks.allow-private-addresses", "false"));
            overrides.putAll(OwnDatabase.named("webhook-private-test"));
            return overrides;
        }
    }

    @Inject
    WebhookFanOut fanOut;

    @Test
    void loopbackAndPrivateUrlsAreRefusedWhenSaved() {
        for (var url : List.of("http://127.0.0.1:8080/", "http://localhost/", "http://10.0.0.8/", "http://[::1]/",
                "http://192.168.1.1/", "http://[::ffff:127.0.0.1]/")) {
            assertProblem(asAdmin().contentType(ContentType.JSON).body(Map.of("url", url)).post(WebhookAdminTest.WEBHOOKS)
                    .then(), 422, "unprocessable").body("errors[0].field", equalTo("url"));
        }
    }

    @Test
    void anAddressThatTurnedPrivateIsCheckedAgainAtDelivery() {
        try (var receiver = new WebhookReceiver()) {
            // Saved as if its name had resolved to a public address then; it resolves to loopback now.
            long id = QuarkusTransaction.requiringNew().call(() -> {
                var endpoint = new WebhookEndpoint();
                endpoint.url = receiver.url("/rebound");
                endpoint.eventTypes = "";
                endpoint.enabled = true;
                endpoint.secret = WebhookSigner.newSecret();
                endpoint.afterSeq = Editorial.lastEventSeq();
                endpoint.createdAt = java.time.Instant.now();
                endpoint.updatedAt = endpoint.createdAt;
                endpoint.persist();
                return endpoint.id;
            });
            Editorial.createDraft(Editorial.input("europe"));
            fanOut.fanOut();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> asAdmin()
                    .get(WebhookAdminTest.WEBHOOKS + "/" + id + "/deliveries").then().statusCode(200)
                    .body("data[0].attempts[0].error", org.hamcrest.Matchers.startsWith("Not sent: the host 127.0.0.1")));
            assertThat(receiver.at("/rebound")).isEmpty();
        }
    }
}
