package dev.masthead.newsletter;

import dev.masthead.content.Slugs;
import dev.masthead.web.ClientAddress;
import dev.masthead.web.InvalidParameterException;
import dev.masthead.web.RateLimitPolicy;
import dev.masthead.web.RateLimiter;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Newsletter lists and subscriptions: signup, double opt-in, unsubscribe, export and
 * erasure. Each public method is one transaction (signups retry theirs when a concurrent
 * identical signup wins the race); a mail it calls for is written to the outbox in that
 * transaction and sent after the commit.
 */
@ApplicationScoped
public class NewsletterService {

    /** SQLSTATEs of a lost race: unique violation, serialization failure, deadlock, lock timeouts, H2 concurrent update. */
    private static final Set<String> CONFLICT_STATES = Set.of("23505", "40001", "40P01", "55P03", "HYT00", "90131");
    private static final int MAX_ATTEMPTS = 5;

    private final NewsletterConfig config;
    private final RateLimiter limiter;
    private final SignupChallenge challenge;
    private final MailOutbox outbox;
    private final IpHasher ipHasher;
    private final ClientAddress client;
    private final RateLimitPolicy signupPerIp;
    private final RateLimitPolicy signupPerAddress;
    private final RateLimitPolicy confirmPerIp;
    private final RateLimitPolicy confirmPerAddress;

    public NewsletterService(NewsletterConfig config, RateLimiter limiter, SignupChallenge challenge,
            MailOutbox outbox, IpHasher ipHasher, ClientAddress client) {
        this.config = config;
        this.limiter = limiter;
        this.challenge = challenge;
        this.outbox = outbox;
        this.ipHasher = ipHasher;
        this.client = client;
        var limits = config.limits();
        this.signupPerIp = policy("signup-ip", limits.signupPerIp());
        this.signupPerAddress = policy("signup-address", limits.signupPerAddress());
        this.confirmPerIp = policy("confirm-ip", limits.confirmPerIp());
        this.confirmPerAddress = policy("confirm-address", limits.confirmPerAddress());
    }

    private static RateLimitPolicy policy(String name, NewsletterConfig.Limit limit) {
        return new RateLimitPolicy(name, limit.requests(), limit.window());
    }

    /** The list a signup box offers by default, if any list exists. */
    @Transactional
    public Optional<NewsletterListView> defaultList() {
        return NewsletterList.<NewsletterList>find("isDefault = true order by id").firstResultOptional()
                .map(NewsletterListView::of);
    }

    /** Every list, the default first. */
    @Transactional
    public NewsletterLists lists() {
        return new NewsletterLists(NewsletterList.<NewsletterList>find("order by isDefault desc, name, id").stream()
                .map(NewsletterListView::of).toList());
    }

    /**
     * Records a signup and, when one is due, a confirmation mail in the outbox, sent right
     * after the commit. The answer is the same whatever state the address was in.
     */
    public SignupAccepted subscribe(NewsletterSignup signup) {
        var started = System.nanoTime();
        limiter.take(signupPerIp, client.network(), "signups from this network");
        var email = EmailAddresses.normalise(signup.email(), "email");
        var source = printable(signup.source(), "source");
        if (!challenge.passes(signup.captchaToken(), client.ip())) {
            throw new CaptchaFailedException();
        }
        limiter.take(signupPerAddress, Tokens.hash(email), "signups for this address");
        var ipHash = ipHasher.hash(client.ip());
        var mail = retryingConflicts(() -> recordSignup(signup.list(), email, source, ipHash));
        mail.ifPresent(outbox::sendSoon);
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
        var list = list(listSlug);
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
            subscription.lastMailAt = now;
            // The unique (list, email) constraint fails this insert for every concurrent twin but one.
            subscription.persist();
            ConsentEvent.of(subscription, ConsentKind.SIGNED_UP, now, source, ipHash).persist();
            return Optional.of(outbox.enqueue(subscription, MailKind.CONFIRMATION, now).id);
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
        subscription.lastMailAt = now;
        SubscriptionToken.delete("subscription = ?1 and purpose = ?2 and expiresAt < ?3",
                subscription, TokenPurpose.CONFIRM, now);
        return Optional.of(outbox.enqueue(subscription, MailKind.CONFIRMATION, now).id);
    }

    /** Confirms the subscription a confirmation token belongs to; the token is used up. */
    public SubscriptionChange confirm(String token) {
        if (!Tokens.wellFormed(token)) {
            throw new InvalidTokenException("This confirmation link is not valid; use the link exactly as it was mailed.");
        }
        limiter.take(confirmPerIp, client.network(), "confirmation attempts from this network");
        var ipHash = ipHasher.hash(client.ip());
        var result = QuarkusTransaction.requiringNew().call(() -> recordConfirmation(Tokens.hash(token), ipHash));
        result.welcome().ifPresent(outbox::sendSoon);
        return result.change();
    }

    /** The change, and the outbox row of the welcome mail if one is to go out. */
    private record Confirmation(SubscriptionChange change, Optional<Long> welcome) {
    }

    private Confirmation recordConfirmation(String tokenHash, String ipHash) {
        var token = token(tokenHash, TokenPurpose.CONFIRM).orElseThrow(() -> new InvalidTokenException(
                "This confirmation link is not valid or was already used. If you are not subscribed yet, sign up again."));
        var subscription = Subscription.<Subscription>findById(token.subscriptionId(), LockModeType.PESSIMISTIC_WRITE);
        limiter.take(confirmPerAddress, Tokens.hash(subscription.email), "confirmation attempts for this address");
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
                ? Optional.of(outbox.enqueue(subscription, MailKind.WELCOME, now).id)
                : Optional.<Long>empty();
        return new Confirmation(change(subscription, now), welcome);
    }

    /**
     * Unsubscribes the subscription an unsubscribe token belongs to. Works for as long as the
     * subscription exists, and again and again: mail providers retry one-click requests.
     */
    @Transactional
    public SubscriptionChange unsubscribe(String token) {
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
            ConsentEvent.of(subscription, ConsentKind.UNSUBSCRIBED, now, null, ipHasher.hash(client.ip())).persist();
            Log.infof("%s unsubscribed from %s", EmailAddresses.mask(subscription.email), subscription.list.slug);
        }
        return change(subscription, subscription.unsubscribedAt);
    }

    /** The frontend page an unsubscribe token opens; a GET of the one-click address leads there. */
    public URI unsubscribePage(String token) {
        return URI.create(NewsletterMailer.link(config.unsubscribeUrl(), Tokens.wellFormed(token) ? token : ""));
    }

    /** Everything held about an address. */
    @Transactional
    public SubscriberExport export(String rawEmail) {
        var email = EmailAddresses.normalise(rawEmail, "email");
        List<Subscription> subscriptions = Subscription
                .find("from Subscription s join fetch s.list where s.email = ?1 order by s.createdAt, s.id", email).list();
        var history = new LinkedHashMap<Long, List<SubscriberExport.Event>>();
        subscriptions.forEach(s -> history.put(s.id, new ArrayList<>()));
        if (!subscriptions.isEmpty()) {
            ConsentEvent.<ConsentEvent>find("subscription.id in ?1 order by occurredAt, id", List.copyOf(history.keySet()))
                    .stream()
                    .forEach(e -> history.get(e.subscription.id)
                            .add(new SubscriberExport.Event(e.kind, e.occurredAt, e.source, e.ipHash)));
        }
        Log.infof("Exported %d subscription(s) of %s", subscriptions.size(), EmailAddresses.mask(email));
        return new SubscriberExport(email, subscriptions.stream()
                .map(s -> new SubscriberExport.Record(s.list.slug, s.status, s.source, s.consentedAt, s.consentIpHash,
                        s.confirmedAt, s.unsubscribedAt, s.createdAt, history.get(s.id)))
                .toList());
    }

    /** Deletes every subscription of an address with its tokens and consent history. */
    @Transactional
    public Erasure erase(String rawEmail) {
        var email = EmailAddresses.normalise(rawEmail, "email");
        // The schema cascades to newsletter_token and newsletter_consent_event.
        var erased = Subscription.delete("email", email);
        Log.infof("Erased %d subscription(s) of %s", erased, EmailAddresses.mask(email));
        return new Erasure(email, (int) erased);
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

    private static NewsletterList list(String slug) {
        if (slug == null || slug.isBlank()) {
            return NewsletterList.<NewsletterList>find("isDefault = true order by id").firstResultOptional()
                    .orElseThrow(() -> new InvalidParameterException("list", "is required: there is no default newsletter"));
        }
        var wanted = slug.strip();
        // A slug that cannot exist (say, with a NUL byte, which PostgreSQL refuses outright) is not looked up.
        var list = Slugs.isValid(wanted)
                ? NewsletterList.<NewsletterList>find("slug", wanted).firstResultOptional()
                : Optional.<NewsletterList>empty();
        return list.orElseThrow(() -> new InvalidParameterException("list",
                "is not a newsletter; GET /api/v1/newsletter/lists names them"));
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
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
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
