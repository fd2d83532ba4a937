package dev.masthead.newsletter.mail;

import static dev.masthead.testing.Mailbox.confirmToken;
import static dev.masthead.testing.Newsletter.address;
import static dev.masthead.testing.Newsletter.confirm;
import static dev.masthead.testing.Newsletter.mailIntervalPassed;
import static dev.masthead.testing.Newsletter.outboxAttempts;
import static dev.masthead.testing.Newsletter.signup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.masthead.events.Outbox;
import dev.masthead.testing.Mailbox;
import dev.masthead.testing.OwnDatabase;
import dev.masthead.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A mail that cannot be sent is kept and retried until the SMTP server takes it. The tests
 * move the clock past each retry delay and run the outbox's sweep themselves.
 */
@QuarkusTest
@TestProfile(NewsletterOutboxTest.SmtpDown.class)
class NewsletterOutboxTest {

    private static final Duration RETRY_DELAY = Duration.ofMinutes(1);

    /** The mailer points at an address where no SMTP server listens until the test starts one. */
    public static class SmtpDown implements QuarkusTestProfile {
        static final String HOST = "127.0.0.2";

        @Override
        public Map<String, String> getConfigOverrides() {
            var overrides = new HashMap<>(Map.of(
                    "quarkus.mailer.host", HOST,
                    // Nothing is retried behind the tests' backs: they sweep when they moved the clock.
                    "masthead.newsletter.outbox.poll-interval", "1h",
                    "masthead.newsletter.outbox.retry-delay", RETRY_DELAY.toString(),
                    "masthead.newsletter.outbox.max-attempts", "3"));
            overrides.putAll(OwnDatabase.named("outbox-test"));
            return overrides;
        }
    }

    @Inject
    Outbox outbox;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void aMailThatFailsIsRetriedUntilTheServerTakesIt() {
        var email = address();
        signup(email).statusCode(202);
        awaitFailedAttempts(email, 1);

        var port = ConfigProvider.getConfig().getValue("quarkus.mailer.port", Integer.class);
        var late = new GreenMail(new ServerSetup(port, SmtpDown.HOST, ServerSetup.PROTOCOL_SMTP));
        late.start();
        try {
            outbox.sweep();
            assertThat(late.getReceivedMessages()).as("nothing is retried before its delay").isEmpty();

            TestClock.advance(RETRY_DELAY);
            outbox.sweep();
            var mail = new Mailbox(late).await(email, 1).get(0);
            assertThat(outboxAttempts(email)).as("outbox after delivery").isEmpty();
            confirm(confirmToken(mail)).statusCode(200).body("status", equalTo("CONFIRMED"));
            // The welcome mail goes out on its own, right after the confirmation.
            new Mailbox(late).await(email, 2);
            awaitOutbox(email, empty());
        } finally {
            late.stop();
        }
    }

    @Test
    void aMailThatKeepsFailingIsGivenUpAndTheAddressMaySignUpAgainAtOnce() {
        var email = address();
        signup(email).statusCode(202);
        awaitFailedAttempts(email, 1);

        // Three attempts, the retries one and then two minutes apart, and the mail is dropped.
        TestClock.advance(RETRY_DELAY);
        outbox.sweep();
        assertThat(outboxAttempts(email)).containsExactly(2);
        TestClock.advance(RETRY_DELAY);
        outbox.sweep();
        assertThat(outboxAttempts(email)).as("the second retry waits twice as long").containsExactly(2);
        TestClock.advance(RETRY_DELAY);
        outbox.sweep();
        assertThat(outboxAttempts(email)).as("given up after three attempts").isEmpty();

        // Without the give-up, the mail interval would hold this signup's mail back for ten minutes.
        signup(email).statusCode(202);
        assertThat(outboxAttempts(email)).as("a new mail waits").hasSize(1);
    }

    @Test
    void signingUpAgainWhileTheMailWaitsQueuesNoSecondOne() {
        var email = address();
        signup(email).statusCode(202);
        awaitFailedAttempts(email, 1);
        mailIntervalPassed(email);
        signup(email).statusCode(202);
        assertThat(outboxAttempts(email)).as("one waiting mail, brought forward").hasSize(1);
    }

    /** Until the mail's immediate sending (off the request's thread) has failed and it waits for its retry. */
    private static void awaitFailedAttempts(String email, int attempts) {
        awaitOutbox(email, contains(attempts));
    }

    private static void awaitOutbox(String email, Matcher<? super List<Integer>> matcher) {
        Awaitility.await("outbox of " + email).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> outboxAttempts(email), matcher);
    }
}
