package dev.masthead.webhooks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Webhook delivery, under {@code masthead.webhooks}. */
@ConfigMapping(prefix = "masthead.webhooks")
public interface WebhooksConfig {

    /**
     * Lets endpoints resolve to loopback and private addresses (127.0.0.0/8, 10.0.0.0/8,
     * 172.16.0.0/12, 192.168.0.0/16, 100.64.0.0/10, ::1, fc00::/7), for development and tests.
     * Link-local and cloud metadata addresses stay refused whatever this says.
     */
    @WithDefault("false")
    boolean allowPrivateAddresses();

    /** How often each instance turns new change events into deliveries. */
    @WithDefault("1s")
    Duration pollInterval();

    /** How long one attempt may take, connecting included, before it counts as failed. */
    @WithDefault("15s")
    Duration timeout();

    /** How many endpoints may be registered: every change event becomes one delivery per endpoint. */
    @WithDefault("50")
    int maxEndpoints();

    /** How long deliveries and their attempts stay in the log. */
    @WithDefault("30d")
    Duration logRetention();
}
