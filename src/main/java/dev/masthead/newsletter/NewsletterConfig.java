package dev.masthead.newsletter;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.Optional;

/** Newsletter signups, double opt-in and their abuse limits, under {@code masthead.newsletter}. */
@ConfigMapping(prefix = "masthead.newsletter")
public interface NewsletterConfig {

    /**
     * The frontend page a confirmation mail links to; {@code {token}} is replaced by the
     * token. The page confirms with POST /api/v1/newsletter/confirmations.
     */
    @WithDefault("http://localhost:3000/newsletter/confirm?token={token}")
    String confirmUrl();

    /**
     * The frontend page every mail's unsubscribe link opens; {@code {token}} is replaced by
     * the token. The page unsubscribes with POST /api/v1/newsletter/unsubscribe.
     */
    @WithDefault("http://localhost:3000/newsletter/unsubscribe?token={token}")
    String unsubscribeUrl();

    /**
     * Masthead's public base URL, for the RFC 8058 one-click List-Unsubscribe header that
     * mail providers POST to directly. Follows {@code masthead.http.public-base-url}; set it
     * only for mail to reach the API at another address than clients do.
     */
    @WithDefault("${masthead.http.public-base-url}")
    String apiBaseUrl();

    /** How long a confirmation link stays valid. Unsubscribe links never expire. */
    @WithDefault("48h")
    Duration confirmationTtl();

    /** At most one confirmation mail per address and list per this interval, however often it is submitted. */
    @WithDefault("10m")
    Duration mailInterval();

    /**
     * The least time an accepted signup takes to answer. Whatever state the address is in,
     * the database work differs by under a millisecond; answering no sooner than this
     * evens that out. Zero switches it off.
     */
    @WithDefault("25ms")
    Duration signupMinDuration();

    /** Whether a confirmed subscriber gets a short welcome mail (with its own unsubscribe link). */
    @WithDefault("true")
    boolean welcomeMail();

    /**
     * Key of the HMAC that turns client IPs into the consent record's IP hash. Set it from
     * the environment (MASTHEAD_NEWSLETTER_IP_HASH_KEY) so hashes stay comparable across
     * instances and restarts; without it each process draws a random key.
     */
    Optional<String> ipHashKey();

    /**
     * The former names of the outbox settings, still accepted: application.properties reads
     * them as the defaults of {@code masthead.outbox.*} ({@link dev.masthead.events.OutboxConfig}).
     */
    FormerOutbox outbox();

    interface FormerOutbox {

        /** Use {@code masthead.outbox.poll-interval}. */
        Optional<Duration> pollInterval();

        /** Use {@code masthead.outbox.retry-delay}. */
        Optional<Duration> retryDelay();

        /** Use {@code masthead.outbox.max-attempts}. */
        Optional<Integer> maxAttempts();
    }

    /** Per-client and per-mailbox request limits, and the daily cap on confirmation mails. */
    Limits limits();

    interface Limits {

        /** Signups from one client IP (IPv6: one /64). */
        Limit signupPerIp();

        /**
         * Signups for one mailbox, from anywhere: every spelling that reaches it counts
         * (see {@link dev.masthead.newsletter.EmailAddresses#mailboxKey(String)}).
         */
        Limit signupPerAddress();

        /** Confirmations from one client IP (IPv6: one /64). */
        Limit confirmPerIp();

        /** Confirmations of one mailbox's subscriptions, from anywhere. */
        Limit confirmPerAddress();

        /**
         * Confirmation mails one mailbox may be sent in any 24 hours, for all its spellings
         * and lists together. Past it a signup is answered as usual but sends nothing until
         * the oldest of those mails is a day old. Counted in the database, so it holds across
         * instances.
         */
        @WithDefault("3")
        @Min(1)
        int confirmationMailsPerMailboxPerDay();
    }

    /** A token bucket: {@code requests} at once, refilled evenly over {@code window}. */
    interface Limit {

        int requests();

        Duration window();
    }
}
