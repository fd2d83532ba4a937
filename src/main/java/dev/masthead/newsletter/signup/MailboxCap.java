package dev.masthead.newsletter.signup;

import dev.masthead.newsletter.EmailAddresses;
import dev.masthead.newsletter.NewsletterConfig;
import dev.masthead.support.Sha256;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The daily cap on confirmation mails per mailbox: at most
 * {@code limits.confirmation-mails-per-mailbox-per-day} in any 24 hours, whichever of the
 * mailbox's spellings and lists they were for. It is counted in the database under a lock
 * on the mailbox's row, so it holds for simultaneous signups on any number of instances.
 * The window rolls: each mail stops counting a day after it went out. A stranger who fills
 * the cap therefore delays the owner's next mail by a day at most, and the mails that filled
 * it reached the owner with links that confirm.
 */
@ApplicationScoped
public class MailboxCap {

    static final Duration WINDOW = Duration.ofDays(1);
    private static final int LOCK_ATTEMPTS = 3;

    private final int perDay;
    private final Clock clock;

    public MailboxCap(NewsletterConfig config, Clock clock) {
        this.perDay = config.limits().confirmationMailsPerMailboxPerDay();
        this.clock = clock;
    }

    /** SHA-256 (hex) of the mailbox key of a normalised address: what limits and the cap count by. */
    public static String keyHash(String email) {
        return Sha256.hex(EmailAddresses.mailboxKey(email));
    }

    /**
     * In the caller's transaction, counts a confirmation mail to the address's mailbox if the
     * cap allows one, and says whether it does. Call it only for a mail that will be queued.
     */
    boolean claim(String email, Instant now) {
        var key = keyHash(email);
        var mailbox = lockedRow(key, now);
        var recent = MailboxMail.count("keyHash = ?1 and sentAt > ?2", key, now.minus(WINDOW));
        if (recent >= perDay) {
            return false;
        }
        var mail = new MailboxMail();
        mail.keyHash = key;
        mail.sentAt = now;
        mail.persist();
        mailbox.lastMailAt = now;
        return true;
    }

    private static MailedMailbox lockedRow(String key, Instant now) {
        for (int attempt = 0; attempt < LOCK_ATTEMPTS; attempt++) {
            // Unlike a plain insert, this never fails on a concurrent twin: it waits for it and does nothing.
            MailedMailbox.getEntityManager()
                    .createNativeQuery("insert into newsletter_mailbox (key_hash, last_mail_at) values (?1, ?2)"
                            + " on conflict do nothing")
                    .setParameter(1, key)
                    .setParameter(2, now)
                    .executeUpdate();
            MailedMailbox row = MailedMailbox.findById(key, LockModeType.PESSIMISTIC_WRITE);
            if (row != null) {
                return row;
            }
            // The prune removed the row between the two statements; the next insert makes it anew.
        }
        throw new IllegalStateException("Could not lock a mailbox row after " + LOCK_ATTEMPTS + " attempts");
    }

    /** In the caller's transaction, forgets what was counted for the address's mailbox (erasure). */
    public void forget(String email) {
        MailedMailbox.deleteById(keyHash(email));
    }

    /**
     * Deletes counts that no longer count, so the tables hold about a day. Every instance runs
     * it, on start and then hourly; the deletes are idempotent, so running twice does no harm.
     */
    @Scheduled(identity = "newsletter-mailbox-prune", every = "1h",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void prune() {
        try {
            var cutoff = clock.instant().truncatedTo(ChronoUnit.MICROS).minus(WINDOW);
            QuarkusTransaction.requiringNew().run(() -> {
                MailboxMail.delete("sentAt <= ?1", cutoff);
                MailedMailbox.delete("lastMailAt <= ?1", cutoff);
            });
        } catch (RuntimeException e) {
            Log.errorf(e, "Pruning the newsletter's mailbox counts failed");
        }
    }
}
