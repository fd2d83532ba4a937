package dev.masthead.newsletter;

import static dev.masthead.testing.Mailbox.confirmToken;
import static dev.masthead.testing.Newsletter.address;
import static dev.masthead.testing.Newsletter.confirm;
import static dev.masthead.testing.Newsletter.mailIntervalPassed;
import static dev.masthead.testing.Newsletter.outboxAttempts;
import static dev.masthead.testing.Newsletter.signup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.masthead.testing.Mailbox;
import dev.masthead.testing.OwnDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** A mail that cannot be sent is kept and retried until the SMTP server takes it. */
@QuarkusTest
@TestProfile(NewsletterOutboxTest.SmtpDown.class)
class NewsletterOutboxTest {

    /** The mailer points at an address where no SMTP server listens until the test starts one. */
    public static class SmtpDown implements QuarkusTestProfile {
        static final String HOST = "127.0.0.2";

        @Override
        public Map<String, String> getConfigOverrides() {
            var overrides = new HashMap<>(Map.of(
                    "quarkus.mailer.host", HOST,
                    "masthead.newsletter.outbox.poll-interval", "1s",
                    "masthead.newsletter.outbox.retry-delay", "1s",
                    "masthead.newsletter.outbox.max-attempts", "3"));
            overrides.putAll(OwnDatabase.named("outbox-test"));
            return overrides;
        }
    }

    @Test
    void aMailThatFailsIsRetriedUntilTheServerTakesIt() throws Exception {
        var email = address();
        signup(email).statusCode(202);
        awaitAttempts(email);

        var port = ConfigProvider.getConfig().getValue("quarkus.mailer.port", Integer.class);
        var late = new GreenMail(new ServerSetup(port, SmtpDown.HOST, ServerSetup.PROTOCOL_SMTP));
        late.start();
        try {
            var mail = new Mailbox(late).await(email, 1).get(0);
            confirm(confirmToken(mail)).statusCode(200).body("status", equalTo("CONFIRMED"));
            awaitEmptyOutbox(email);
        } finally {
            late.stop();
        }
    }

    @Test
    void aMailThatKeepsFailingIsGivenUpAndTheAddressMaySignUpAgainAtOnce() throws Exception {
        var email = address();
        signup(email).statusCode(202);
        awaitAttempts(email);
        // Three attempts, a second and then two apart, and the mail is dropped.
        awaitEmptyOutbox(email);

        // Without the give-up, the mail interval would hold this signup's mail back for ten minutes.
        signup(email).statusCode(202);
        assertThat(outboxAttempts(email)).as("a new mail waits").hasSize(1);
    }

    @Test
    void signingUpAgainWhileTheMailWaitsQueuesNoSecondOne() throws Exception {
        var email = address();
        signup(email).statusCode(202);
        awaitAttempts(email);
        mailIntervalPassed(email);
        signup(email).statusCode(202);
        assertThat(outboxAttempts(email)).as("one waiting mail, brought forward").hasSize(1);
    }

    /** Until the first attempt has failed and the mail waits for its retry. */
    private static void awaitAttempts(String email) throws InterruptedException {
        for (int i = 0; i < 400; i++) {
            var attempts = outboxAttempts(email);
            if (!attempts.isEmpty() && attempts.get(0) >= 1) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The mail to " + email + " never failed; attempts: " + outboxAttempts(email));
    }

    private static void awaitEmptyOutbox(String email) throws InterruptedException {
        List<Integer> attempts = List.of();
        for (int i = 0; i < 400; i++) {
            attempts = outboxAttempts(email);
            if (attempts.isEmpty()) {
                return;
            }
            Thread.sleep(50);
        }
        assertThat(attempts).as("outbox after delivery").isEmpty();
    }
}
