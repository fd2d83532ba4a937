package dev.masthead.events;

/**
 * Delivers the outbox rows of one topic. Implement it as a CDI bean; the outbox finds every
 * handler by its topic. {@link #deliver(String)} runs outside any transaction, after the row
 * has been claimed: it returns when the delivery is done (the row is then deleted) and throws
 * to have it retried with backoff. A crash between a delivery and the row's deletion repeats
 * the delivery, so a receiver sees a row at least once.
 */
public interface OutboxHandler {

    /** The topic this handler delivers, e.g. {@code newsletter-mail}. */
    String topic();

    /** Delivers one row; throws when it could not, and it is retried. */
    void deliver(String payload);

    /**
     * When a failed row is tried again; null for the outbox's own schedule
     * ({@code masthead.outbox.retry-delay}, doubling, at most {@code max-attempts}).
     */
    default RetrySchedule retrySchedule() {
        return null;
    }

    /** Called in the transaction that drops a row after its last failed attempt. */
    default void gaveUp(String payload) {
    }
}
