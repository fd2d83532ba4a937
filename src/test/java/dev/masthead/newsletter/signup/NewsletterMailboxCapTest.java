package dev.masthead.newsletter.signup;

import static dev.masthead.testing.Mailbox.confirmToken;
import static dev.masthead.testing.Newsletter.clientIp;
import static dev.masthead.testing.Newsletter.confirm;
import static dev.masthead.testing.Newsletter.erase;
import static dev.masthead.testing.Newsletter.export;
import static dev.masthead.testing.Newsletter.signup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.masthead.testing.Fixtures;
import dev.masthead.testing.Mailbox;
import dev.masthead.testing.SmtpServer;
import dev.masthead.testing.TestClock;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The daily cap of three confirmation mails per mailbox (the default), counted across the
 * spellings that reach one mailbox: plus-addresses everywhere, dotted variants at Gmail.
 */
@QuarkusTest
class NewsletterMailboxCapTest {

    private static final int CAP = 3;

    @SmtpServer.Inbox
    Mailbox inbox;

    @Inject
    MailboxCap mailboxCap;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void plusAndDottedGmailVariantsShareTheCapWhichRollsOnAfterADay() {
        var user = Fixtures.unique("reader");
        var dotted = user.charAt(0) + "." + user.substring(1);
        var variants = List.of(user + "@gmail.com", dotted + "@gmail.com", user + "+news@gmail.com",
                dotted.toUpperCase() + "+x@GoogleMail.com");
        var mailed = variants.subList(0, CAP);
        var capped = dotted + "+x@googlemail.com";

        var answers = variants.stream().map(v -> signup(v).statusCode(202).extract().asString()).toList();
        assertThat(answers).as("the capped signup is answered like the others").containsOnly(answers.get(0));
        inbox.assertStays(CAP, mailed.get(0), mailed.get(1), mailed.get(2), capped);
        assertThat(inbox.to(capped)).isEmpty();
        export(capped).body("subscriptions", hasSize(1)).body("subscriptions[0].status", equalTo("PENDING"));

        // The mails that filled the cap reached the mailbox's owner, and their links work.
        var earlier = inbox.await(mailed.get(0), 1).get(0);
        confirm(confirmToken(earlier)).statusCode(200).body("status", equalTo("CONFIRMED"));

        // Another mailbox is not held back.
        var other = Fixtures.unique("other") + "@gmail.com";
        signup(other).statusCode(202);
        inbox.await(other, 1);

        // A day is a rolling 24 hours: not over a minute early, over when the first mails are a day old.
        TestClock.advance(Duration.ofHours(24).minusMinutes(1));
        signup(capped).statusCode(202);
        inbox.assertStays(0, capped);
        TestClock.advance(Duration.ofMinutes(1));
        signup(capped).statusCode(202);
        confirm(confirmToken(inbox.await(capped, 1).get(0))).statusCode(200).body("status", equalTo("CONFIRMED"));
    }

    @Test
    void otherProvidersShareSubAddressesButKeepTheirDots() {
        var user = Fixtures.unique("reader");
        var plusVariants = List.of(user + "@example.com", user + "+a@example.com", user + "+b@example.com");
        var oneTooMany = user + "+c@example.com";
        var dotted = user.charAt(0) + "." + user.substring(1) + "@example.com";

        plusVariants.forEach(v -> signup(v).statusCode(202));
        signup(oneTooMany).statusCode(202);
        signup(dotted).statusCode(202);

        inbox.await(dotted, 1);
        inbox.assertStays(CAP + 1, plusVariants.get(0), plusVariants.get(1), plusVariants.get(2), oneTooMany, dotted);
        assertThat(inbox.to(oneTooMany)).isEmpty();
    }

    @Test
    void simultaneousSignupsOfManyVariantsSendNoMoreThanTheCap() throws Exception {
        var user = Fixtures.unique("reader");
        var variants = IntStream.range(0, 20).mapToObj(i -> user + "+" + i + "@gmail.com").toList();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(variants.size());
        try {
            var answers = new ArrayList<Future<Integer>>();
            for (var variant : variants) {
                var ip = clientIp();
                answers.add(pool.submit(() -> {
                    start.await();
                    return signup(Map.of("email", variant), ip).extract().statusCode();
                }));
            }
            start.countDown();
            for (var answer : answers) {
                assertThat(answer.get()).isEqualTo(202);
            }
        } finally {
            pool.shutdownNow();
        }
        inbox.assertStays(CAP, variants.toArray(String[]::new));
        assertThat(countedMails(user + "@gmail.com")).isEqualTo(CAP);
    }

    @Test
    void countsOlderThanADayArePrunedAndErasureForgetsThem() {
        var old = Fixtures.unique("reader") + "@gmail.com";
        signup(old).statusCode(202);
        var recent = Fixtures.unique("reader") + "@gmail.com";
        IntStream.range(0, CAP).forEach(i -> signup(recent.replace("@", "+" + i + "@")).statusCode(202));
        assertThat(countedMails(old)).isEqualTo(1);
        assertThat(countedMails(recent)).isEqualTo(CAP);

        TestClock.advance(Duration.ofHours(24));
        signup(recent).statusCode(202);
        mailboxCap.prune();
        assertThat(countedMails(old)).as("a day old: gone").isZero();
        assertThat(countedMails(recent)).as("the one sent after the clock moved").isEqualTo(1);

        // Erasing any spelling of the mailbox forgets its count, so its next signup mails at once.
        IntStream.range(0, CAP).forEach(i -> signup(recent.replace("@", "+late" + i + "@")).statusCode(202));
        assertThat(countedMails(recent)).isEqualTo(CAP);
        erase(recent.replace("@", "+late0@")).statusCode(200);
        assertThat(countedMails(recent)).isZero();
        var again = recent.replace("@", "+again@");
        signup(again).statusCode(202);
        inbox.await(again, 1);
    }

    /** The confirmation mails the cap counts for the address's mailbox. */
    private static long countedMails(String email) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("select count(*) from newsletter_mailbox_mail where key_hash = ?1")
                .setParameter(1, MailboxCap.keyHash(email))
                .getSingleResult()).longValue());
    }
}
