package dev.masthead.newsletter.mail;

import dev.masthead.newsletter.EmailAddresses;
import dev.masthead.newsletter.NewsletterConfig;
import dev.masthead.newsletter.Subscription;
import dev.masthead.newsletter.SubscriptionStatus;
import dev.masthead.newsletter.TokenPurpose;
import dev.masthead.newsletter.Tokens;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Delivers the newsletter's mails from the outbox table. A change that calls for a mail
 * writes a row in its own transaction; right after the commit the row is sent, and a
 * periodic sweep on every instance picks up rows that failed (retried with backoff) or
 * that a crash left behind. One sender at a time owns a row through its claim, so two
 * instances never send the same mail; a crash between the SMTP server taking a mail and
 * the row's deletion can send it twice, never zero times. Tokens are issued when the row
 * is sent, so the outbox holds none.
 */
@ApplicationScoped
public class MailOutbox {

    private static final Duration CLAIM = Duration.ofMinutes(2);
    private static final Duration MAX_RETRY_DELAY = Duration.ofHours(1);
    private static final int SWEEP_BATCH = 50;

    private final NewsletterMailer mailer;
    private final NewsletterConfig config;
    private final Clock clock;

    public MailOutbox(NewsletterMailer mailer, NewsletterConfig config, Clock clock) {
        this.mailer = mailer;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Writes a mail to send into the caller's transaction. If the same mail already waits
     * (its sending failed and it is due for a retry), that one is brought forward instead,
     * so the reader does not get it twice once the server is back.
     */
    public OutboxMail enqueue(Subscription subscription, MailKind kind, Instant now) {
        OutboxMail waiting = OutboxMail.find("subscription = ?1 and kind = ?2", subscription, kind).firstResult();
        if (waiting != null) {
            if (waiting.claimedUntil == null || waiting.claimedUntil.isBefore(now)) {
                waiting.nextAttemptAt = now;
            }
            return waiting;
        }
        var mail = new OutboxMail();
        mail.subscription = subscription;
        mail.kind = kind;
        mail.attempts = 0;
        mail.nextAttemptAt = now;
        mail.createdAt = now;
        mail.persist();
        return mail;
    }

    /** Sends a committed row off the caller's thread, so the caller's answer does not wait for SMTP. */
    public void sendSoon(long id) {
        Infrastructure.getDefaultWorkerPool().execute(() -> deliver(id));
    }

    /** Sends what is due: retries, and rows a crash left behind. One sweep at a time per instance. */
    @Scheduled(identity = "newsletter-outbox", every = "${masthead.newsletter.outbox.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        try {
            var now = now();
            List<Long> due = QuarkusTransaction.requiringNew().call(() -> OutboxMail.getEntityManager()
                    .createQuery("select o.id from OutboxMail o where o.nextAttemptAt <= :now"
                            + " and (o.claimedUntil is null or o.claimedUntil < :now) order by o.nextAttemptAt, o.id", Long.class)
                    .setParameter("now", now)
                    .setMaxResults(SWEEP_BATCH)
                    .getResultList());
            due.forEach(this::deliver);
        } catch (RuntimeException e) {
            Log.errorf(e, "Newsletter outbox sweep failed");
        }
    }

    private void deliver(long id) {
        Optional<MailJob> job;
        try {
            job = QuarkusTransaction.requiringNew().call(() -> claim(id));
        } catch (RuntimeException e) {
            Log.errorf(e, "Could not claim newsletter mail %d", id);
            return;
        }
        if (job.isEmpty()) {
            return;
        }
        try {
            mailer.send(job.get());
            QuarkusTransaction.requiringNew().run(() -> OutboxMail.deleteById(id));
            Log.infof("%s mail sent to %s", job.get().kind(), EmailAddresses.mask(job.get().email()));
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> failed(id, e));
        }
    }

    /** Takes the row for this sender and issues the tokens its mail carries; empty when it is not (or no longer) to be sent. */
    private Optional<MailJob> claim(long id) {
        var now = now();
        var claimed = OutboxMail.update("claimedUntil = ?1 where id = ?2 and nextAttemptAt <= ?3"
                + " and (claimedUntil is null or claimedUntil < ?3)", now.plus(CLAIM), id, now);
        if (claimed == 0) {
            return Optional.empty();
        }
        OutboxMail mail = OutboxMail.find("from OutboxMail o join fetch o.subscription s join fetch s.list where o.id = ?1", id)
                .firstResult();
        var subscription = mail.subscription;
        var wanted = mail.kind == MailKind.CONFIRMATION ? SubscriptionStatus.PENDING : SubscriptionStatus.CONFIRMED;
        if (subscription.status != wanted) {
            // Confirmed or unsubscribed while the mail waited: it would only confuse.
            mail.delete();
            return Optional.empty();
        }
        String confirm = null;
        if (mail.kind == MailKind.CONFIRMATION) {
            confirm = Tokens.issue(subscription, TokenPurpose.CONFIRM, now, now.plus(config.confirmationTtl()));
        }
        var unsubscribe = Tokens.issue(subscription, TokenPurpose.UNSUBSCRIBE, now, null);
        return Optional.of(new MailJob(mail.kind, subscription.email, subscription.list.name, confirm, unsubscribe));
    }

    private void failed(long id, RuntimeException error) {
        OutboxMail mail = OutboxMail.findById(id);
        if (mail == null) {
            return;
        }
        var to = EmailAddresses.mask(mail.subscription.email);
        mail.attempts++;
        if (mail.attempts >= config.outbox().maxAttempts()) {
            Log.errorf("%s mail to %s given up after %d attempts: %s", mail.kind, to, mail.attempts, error.getMessage());
            if (mail.kind == MailKind.CONFIRMATION) {
                // Let the next signup of this address mail at once instead of waiting out the interval.
                mail.subscription.lastMailAt = null;
            }
            mail.delete();
            return;
        }
        var delay = config.outbox().retryDelay().multipliedBy(1L << Math.min(mail.attempts - 1, 20));
        if (delay.compareTo(MAX_RETRY_DELAY) > 0) {
            delay = MAX_RETRY_DELAY;
        }
        mail.nextAttemptAt = now().plus(delay);
        mail.claimedUntil = null;
        Log.warnf("%s mail to %s failed (attempt %d), retrying in %ds: %s", mail.kind, to, mail.attempts,
                delay.toSeconds(), error.getMessage());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
