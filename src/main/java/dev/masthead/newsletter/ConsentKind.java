package dev.masthead.newsletter;

/** What a consent event records. */
public enum ConsentKind {
    /** A signup opened (or reopened) the subscription. */
    SIGNED_UP,
    /** The reader confirmed through the mailed link. */
    CONFIRMED,
    /** The reader unsubscribed. */
    UNSUBSCRIBED
}
