package dev.masthead.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Delivery from the outbox. The newsletter's former settings
 * ({@code masthead.newsletter.outbox.*}) are still read as defaults in application.properties.
 */
@ConfigMapping(prefix = "masthead.outbox")
public interface OutboxConfig {

    /** How often each instance looks for rows that are due (a retry, or one a crash left behind). */
    @WithDefault("30s")
    Duration pollInterval();

    /** Wait before the first retry of a failed delivery; each further retry waits twice as long, at most an hour. */
    @WithDefault("1m")
    Duration retryDelay();

    /**
     * How long a sender owns a row it took. Longer than any delivery may take (a webhook
     * attempt's timeout): a row whose sender died is sent again once its claim runs out.
     */
    @WithDefault("2m")
    Duration claim();

    /** Deliveries one instance runs at once; due rows beyond them wait for the next sweep. */
    @WithDefault("8")
    int senders();

    /** Attempts before a delivery is given up. */
    @WithDefault("8")
    int maxAttempts();
}
