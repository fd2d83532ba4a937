package dev.masthead.newsletter.mail;

import dev.masthead.events.Outbox;
import dev.masthead.events.OutboxHandler;
import dev.masthead.newsletter.EmailAddresses;
import dev.masthead.newsletter.NewsletterConfig;
import dev.masthead.newsletter.Subscription;
import dev.masthead.newsletter.SubscriptionStatus;
import dev.masthead.newsletter.TokenPurpose;
import dev.masthead.newsletter.Tokens;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The newsletter's own mails, delivered through the {@link Outbox}: a row names the
 * subscription and the mail ({@code 42:CONFIRMATION}), ordered per subscription. Tokens are
 * issued, and committed, when the mail is sent, so the outbox holds none and every link a
 * mail carries works.
 */
@ApplicationScoped
public class NewsletterMail implements OutboxHandler {

    static final String TOPIC = "newsletter-mail";

    private final Outbox outbox;
    private final NewsletterMailer mailer;
    private final NewsletterConfig config;
    private final Clock clock;

    public NewsletterMail(Outbox outbox, NewsletterMailer mailer, NewsletterConfig config, Clock clock) {
        this.outbox = outbox;
        this.mailer = mailer;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Writes a mail to send into the caller's transaction and returns its outbox row. If the
     * same mail already waits (its sending failed and it is due for a retry), that one is
     * brought forward instead, so the reader does not get it twice once the server is back.
     */
    public long enqueue(Subscription subscription, MailKind kind, Instant now) {
        return outbox.enqueueOnce(TOPIC, subscription.id.toString(), subscription.id + ":" + kind.name(), now);
    }

    /** Drops, in the caller's transaction, the mails still waiting for the address's subscriptions. */
    public void discard(String email) {
        List<Long> ids = Subscription.getEntityManager()
                .createQuery("select s.id from Subscription s where s.email = :email", Long.class)
                .setParameter("email", email).getResultList();
        outbox.discard(TOPIC, ids.stream().map(String::valueOf).toList());
    }

    /** Sends a committed mail off the caller's thread. */
    public void sendSoon(long outboxId) {
        outbox.sendSoon(outboxId);
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public void deliver(String payload) {
        var job = QuarkusTransaction.requiringNew().call(() -> prepare(payload));
        if (job.isEmpty()) {
            return;
        }
        var to = EmailAddresses.mask(job.get().email());
        try {
            mailer.send(job.get());
        } catch (RuntimeException e) {
            Log.warnf("%s mail to %s failed: %s", job.get().kind(), to, e.getMessage());
            throw e;
        }
        Log.infof("%s mail sent to %s", job.get().kind(), to);
    }

    /** A confirmation given up lets the next signup of its address mail at once instead of waiting out the interval. */
    @Override
    public void gaveUp(String payload) {
        var mail = Payload.parse(payload);
        Subscription subscription = Subscription.findById(mail.subscriptionId());
        if (subscription != null && mail.kind() == MailKind.CONFIRMATION) {
            subscription.lastMailAt = null;
        }
    }

    /** Issues the tokens the mail carries; empty when it is no longer to be sent. */
    private Optional<MailJob> prepare(String payload) {
        var mail = Payload.parse(payload);
        Subscription subscription = Subscription.find("from Subscription s join fetch s.list where s.id = ?1",
                mail.subscriptionId()).firstResult();
        var wanted = mail.kind() == MailKind.CONFIRMATION ? SubscriptionStatus.PENDING : SubscriptionStatus.CONFIRMED;
        if (subscription == null || subscription.status != wanted) {
            // Erased, confirmed or unsubscribed while the mail waited: it would only confuse.
            return Optional.empty();
        }
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String confirm = null;
        if (mail.kind() == MailKind.CONFIRMATION) {
            confirm = Tokens.issue(subscription, TokenPurpose.CONFIRM, now, now.plus(config.confirmationTtl()));
        }
        var unsubscribe = Tokens.issue(subscription, TokenPurpose.UNSUBSCRIBE, now, null);
        return Optional.of(new MailJob(mail.kind(), subscription.email, subscription.list.name, confirm, unsubscribe));
    }

    private record Payload(long subscriptionId, MailKind kind) {
        static Payload parse(String payload) {
            var colon = payload.indexOf(':');
            return new Payload(Long.parseLong(payload.substring(0, colon)), MailKind.valueOf(payload.substring(colon + 1)));
        }
    }
}
