package dev.masthead.newsletter;

import static dev.masthead.testing.Newsletter.address;
import static dev.masthead.testing.Newsletter.clientIp;
import static dev.masthead.testing.Newsletter.export;
import static dev.masthead.testing.Newsletter.signup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;

import dev.masthead.testing.Mailbox;
import dev.masthead.testing.SmtpServer;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Identical signups racing each other: the database decides, not luck. */
@QuarkusTest
class NewsletterConcurrencyTest {

    private static final int CLIENTS = 50;

    @SmtpServer.Inbox
    Mailbox inbox;

    @Test
    void fiftySimultaneousIdenticalSignupsMakeOneSubscriptionAndOneMail() throws Exception {
        var email = address();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            var answers = new ArrayList<Future<Integer>>();
            for (int i = 0; i < CLIENTS; i++) {
                var ip = clientIp();
                answers.add(pool.submit(() -> {
                    start.await();
                    return signup(Map.of("email", email), ip).extract().statusCode();
                }));
            }
            start.countDown();
            var statuses = new ArrayList<Integer>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).hasSize(CLIENTS).containsOnly(202);
        } finally {
            pool.shutdownNow();
        }

        export(email).statusCode(200)
                .body("subscriptions", hasSize(1))
                .body("subscriptions[0].history.kind", contains("SIGNED_UP"));
        inbox.assertStays(1, email);
    }
}
