package dev.masthead.newsletter.signup;

import dev.masthead.newsletter.ConsentEvent;
import dev.masthead.newsletter.ConsentKind;
import dev.masthead.newsletter.EmailAddresses;
import dev.masthead.newsletter.IpHasher;
import dev.masthead.newsletter.NewsletterConfig;
import dev.masthead.newsletter.NewsletterListService;
import dev.masthead.newsletter.NewsletterListView;
import dev.masthead.newsletter.Subscription;
import dev.masthead.newsletter.SubscriptionStatus;
import dev.masthead.newsletter.SubscriptionToken;
import dev.masthead.newsletter.TokenPurpose;
import dev.masthead.newsletter.Tokens;
import dev.masthead.newsletter.mail.MailKind;
import dev.masthead.newsletter.mail.NewsletterMail;
import dev.masthead.newsletter.mail.NewsletterMailer;
import dev.masthead.web.limits.ClientNetwork;
import dev.masthead.web.limits.RateLimitPolicy;
import dev.masthead.web.limits.RateLimiter;
import dev.masthead.web.problem.InvalidParameterException;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Signing up, double opt-in and unsubscribing. Each public method is one transaction (signups retry theirs when a concurrent
 * identical signup wins the race); a mail it calls for is written to the outbox in that
 * transaction and sent after the commit.
 */
@ApplicationScoped
public class SignupService {

    /** SQLSTATEs of a lost race: unique violation, serialization failure, deadlock, lock timeouts, H2 concurrent update. */
    private static final Set<String> CONFLICT_STATES = Set.of("23505", "40001", "40P01", "55P03", "HYT00", "90131");
    private static final int MAX_ATTEMPTS = 5;

    private final NewsletterConfig config;
    private final RateLimiter limiter;
    private final SignupChallenge challenge;
    private final NewsletterMail mails;
    private final MailboxCap mailboxCap;
    private final IpHasher ipHasher;
    private final Clock clock;
    private final RateLimitPolicy signupPerIp;
    private final RateLimitPolicy signupPerAddress;
    private final RateLimitPolicy confirmPerIp;
    private final RateLimitPolicy confirmPerAddress;

    public SignupService(NewsletterConfig config, RateLimiter limiter, SignupChallenge challenge,
            NewsletterMail mails, MailboxCap mailboxCap, IpHasher ipHasher, Clock clock) {
        this.config = config;
        this.limiter = limiter;
        this.challenge = challenge;
        this.mails = mails;
        this.mailboxCap = mailboxCap;
        this.ipHasher = ipHasher;
        this.clock = clock;
        var limits = config.limits();
        this.signupPerIp = policy("signup-ip", limits.signupPerIp());
        this.signupPerAddress = policy("signup-address", limits.signupPerAddress());
        this.confirmPerIp = policy("confirm-ip", limits.confirmPerIp());
        this.confirmPerAddress = policy("confirm-address", limits.confirmPerAddress());
    }

    private static RateLimitPolicy policy(String name, NewsletterConfig.Limit limit) {
        return new RateLimitPolicy(name, limit.requests(), limit.window());
    }

    /**
     * Records a signup and, when one is due and the mailbox's daily cap allows it, a
     * confirmation mail in the outbox, sent right after the commit. The answer is the same
     * whatever state the address was in, and whether or not a mail went out.
     *
     * @param clientIp the address the signup came from, for the limits and the consent record
     */
    public SignupAccepted subscribe(NewsletterSignup signup, String clientIp) {
        var started = System.nanoTime();
        limiter.take(signupPerIp, ClientNetwork.of(clientIp), "signups from this network");
        var email = EmailAddresses.normalise(signup.email(), "email");
        var source = printable(signup.source(), "source");
        if (!challenge.passes(signup.captchaToken(), clientIp)) {
            throw new CaptchaFailedException();
        }
        // Per mailbox, not per spelling: reader+1@ and r.eader@gmail.com draw from one bucket.
        limiter.take(signupPerAddress, MailboxCap.keyHash(email), "signups for this address");
        var ipHash = ipHasher.hash(clientIp);
        var mail = retryingConflicts(() -> recordSignup(signup.list(), email, source, ipHash));
        mail.ifPresent(mails::sendSoon);
        awaitMinimum(started, config.signupMinDuration());
        return SignupAccepted.INSTANCE;
    }

    /** Holds the answer until the minimum duration has passed, so its timing does not tell the address's state. */
    private static void awaitMinimum(long startedNanos, Duration minimum) {
        var remaining = minimum.toNanos() - (System.nanoTime() - startedNanos);
        if (remaining <= 0) {
            return;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(remaining);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Returns the outbox row of the confirmation mail, when one is due. */
    private Optional<Long> recordSignup(String listSlug, String email, String source, String ipHash) {
        var list = NewsletterListService.named(listSlug);
        var now = now();
        var existing = Subscription.<Subscription>find("list = ?1 and email = ?2", list, email)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
        if (existing.isEmpty()) {
            var subscription = new Subscription();
            subscription.list = list;
            subscription.email = email;
            subscription.status = SubscriptionStatus.PENDING;
            subscription.source = source;
            subscription.consentedAt = now;
            subscription.consentIpHash = ipHash;
            subscription.createdAt = now;
            // The unique (list, email) constraint fails this insert for every concurrent twin but one.
            subscription.persist();
            ConsentEvent.of(subscription, ConsentKind.SIGNED_UP, now, source, ipHash).persist();
            return confirmationMail(subscription, now);
        }
        var subscription = existing.get();
        switch (subscription.status) {
            case CONFIRMED:
                return Optional.empty();
            case UNSUBSCRIBED:
                subscription.status = SubscriptionStatus.PENDING;
                subscription.source = source;
                subscription.consentedAt = now;
                subscription.consentIpHash = ipHash;
                subscription.confirmedAt = null;
                ConsentEvent.of(subscription, ConsentKind.SIGNED_UP, now, source, ipHash).persist();
                break;
            case PENDING:
                break;
        }
        var due = subscription.lastMailAt == null || !subscription.lastMailAt.plus(config.mailInterval()).isAfter(now);
        if (!due) {
            return Optional.empty();
        }
        SubscriptionToken.delete("subscription = ?1 and purpose = ?2 and expiresAt < ?3",
                subscription, TokenPurpose.CONFIRM, now);
        return confirmationMail(subscription, now);
    }

    /**
     * Queues a confirmation mail unless the mailbox had its day's share. A capped subscription
     * keeps no mail time, so its next signup once the cap has rolled on mails at once.
     */
    private Optional<Long> confirmationMail(Subscription subscription, Instant now) {
        if (!mailboxCap.claim(subscription.email, now)) {
            Log.infof("Confirmation mail to %s held back: its mailbox had its day's share",
                    EmailAddresses.mask(subscription.email));
            return Optional.empty();
        }
        subscription.lastMailAt = now;
        return Optional.of(mails.enqueue(subscription, MailKind.CONFIRMATION, now));
    }

    /** Confirms the subscription a confirmation token belongs to; the token is used up. */
    public SubscriptionChange confirm(String token, String clientIp) {
        if (!Tokens.wellFormed(token)) {
            throw new InvalidTokenException("This confirmation link is not valid; use the link exactly as it was mailed.");
        }
        limiter.take(confirmPerIp, ClientNetwork.of(clientIp), "confirmation attempts from this network");
        var tokenHash = Tokens.hash(token);
        // Taken before the confirmation's transaction, not in it: an attempt it refuses (an
        // expired link) must still count, and on PostgreSQL the limiter commits on its own.
        var mailbox = QuarkusTransaction.requiringNew().call(() -> mailboxOf(tokenHash));
        limiter.take(confirmPerAddress, mailbox, "confirmation attempts for this address");
        var ipHash = ipHasher.hash(clientIp);
        var result = QuarkusTransaction.requiringNew().call(() -> recordConfirmation(tokenHash, ipHash));
        result.welcome().ifPresent(mails::sendSoon);
        return result.change();
    }

    /** The change, and the outbox row of the welcome mail if one is to go out. */
    private record Confirmation(SubscriptionChange change, Optional<Long> welcome) {
    }

    /** The mailbox key hash of the subscription a confirmation token belongs to, for its limit. */
    private static String mailboxOf(String tokenHash) {
        return SubscriptionToken.getEntityManager()
                .createQuery("select s.email from SubscriptionToken t join t.subscription s"
                        + " where t.tokenHash = :hash and t.purpose = :purpose", String.class)
                .setParameter("hash", tokenHash)
                .setParameter("purpose", TokenPurpose.CONFIRM)
                .getResultStream()
                .findFirst()
                .map(MailboxCap::keyHash)
                .orElseThrow(SignupService::unknownConfirmToken);
    }

    private static InvalidTokenException unknownConfirmToken() {
        return new InvalidTokenException(
                "This confirmation link is not valid or was already used. If you are not subscribed yet, sign up again.");
    }

    private Confirmation recordConfirmation(String tokenHash, String ipHash) {
        var token = token(tokenHash, TokenPurpose.CONFIRM).orElseThrow(SignupService::unknownConfirmToken);
        var subscription = Subscription.<Subscription>findById(token.subscriptionId(), LockModeType.PESSIMISTIC_WRITE);
        var now = now();
        if (token.expiresAt().isBefore(now)) {
            throw new TokenExpiredException();
        }
        // Deleting the token is what makes it single-use: of two racing confirmations, one deletes it.
        if (SubscriptionToken.delete("tokenHash", tokenHash) == 0) {
            throw new InvalidTokenException("This confirmation link was already used.");
        }
        SubscriptionToken.delete("subscription = ?1 and purpose = ?2", subscription, TokenPurpose.CONFIRM);
        if (subscription.status == SubscriptionStatus.CONFIRMED) {
            return new Confirmation(change(subscription, subscription.confirmedAt), Optional.empty());
        }
        subscription.status = SubscriptionStatus.CONFIRMED;
        subscription.confirmedAt = now;
        ConsentEvent.of(subscription, ConsentKind.CONFIRMED, now, null, ipHash).persist();
        Log.infof("Subscription of %s to %s confirmed", EmailAddresses.mask(subscription.email), subscription.list.slug);
        var welcome = config.welcomeMail()
                ? Optional.of(mails.enqueue(subscription, MailKind.WELCOME, now))
                : Optional.<Long>empty();
        return new Confirmation(change(subscription, now), welcome);
    }

    /**
     * Unsubscribes the subscription an unsubscribe token belongs to. Works for as long as the
     * subscription exists, and again and again: mail providers retry one-click requests.
     */
    @Transactional
    public SubscriptionChange unsubscribe(String token, String clientIp) {
        if (!Tokens.wellFormed(token)) {
            throw new InvalidTokenException("This unsubscribe link is not valid; use the link exactly as it was mailed.");
        }
        var ref = token(Tokens.hash(token), TokenPurpose.UNSUBSCRIBE).orElseThrow(() -> new InvalidTokenException(
                "This unsubscribe link is not valid. The address may have been erased already; if not, use the link from a recent mail."));
        var subscription = Subscription.<Subscription>findById(ref.subscriptionId(), LockModeType.PESSIMISTIC_WRITE);
        if (subscription.status != SubscriptionStatus.UNSUBSCRIBED) {
            var now = now();
            subscription.status = SubscriptionStatus.UNSUBSCRIBED;
            subscription.unsubscribedAt = now;
            // An outstanding confirmation link must not undo the unsubscribe.
            SubscriptionToken.delete("subscription = ?1 and purpose = ?2", subscription, TokenPurpose.CONFIRM);
            ConsentEvent.of(subscription, ConsentKind.UNSUBSCRIBED, now, null, ipHasher.hash(clientIp)).persist();
            Log.infof("%s unsubscribed from %s", EmailAddresses.mask(subscription.email), subscription.list.slug);
        }
        return change(subscription, subscription.unsubscribedAt);
    }

    /** The frontend page an unsubscribe token opens; a GET of the one-click address leads there. */
    public String unsubscribePage(String token) {
        return NewsletterMailer.link(config.unsubscribeUrl(), Tokens.wellFormed(token) ? token : "");
    }

    private record TokenRef(long subscriptionId, Instant expiresAt) {
    }

    private static Optional<TokenRef> token(String tokenHash, TokenPurpose purpose) {
        return SubscriptionToken.getEntityManager()
                .createQuery("select t.subscription.id, t.expiresAt from SubscriptionToken t"
                        + " where t.tokenHash = :hash and t.purpose = :purpose", Object[].class)
                .setParameter("hash", tokenHash)
                .setParameter("purpose", purpose)
                .getResultStream()
                .findFirst()
                .map(row -> new TokenRef((Long) row[0], (Instant) row[1]));
    }

    private static SubscriptionChange change(Subscription subscription, Instant at) {
        return new SubscriptionChange(subscription.status, NewsletterListView.of(subscription.list), at);
    }

    private static String printable(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidParameterException(field, "must not contain control characters");
        }
        return value.strip();
    }

    /** Microsecond precision: what both databases keep, so a stored instant compares equal to ours. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Runs the work in its own transaction, again when it lost a race to a concurrent twin. */
    private static <T> T retryingConflicts(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(work::get);
            } catch (RuntimeException e) {
                if (attempt >= MAX_ATTEMPTS || !isConflict(e)) {
                    throw e;
                }
                Log.debugf("Signup lost a race (attempt %d); retrying", attempt);
            }
        }
    }

    private static boolean isConflict(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && CONFLICT_STATES.contains(sql.getSQLState())) {
                return true;
            }
            if (cause instanceof jakarta.persistence.PessimisticLockException
                    || cause instanceof jakarta.persistence.LockTimeoutException
                    || cause instanceof jakarta.persistence.OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
