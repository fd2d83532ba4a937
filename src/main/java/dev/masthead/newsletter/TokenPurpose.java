package dev.masthead.newsletter;

/** What a mailed token lets its holder do. */
public enum TokenPurpose {
    /** Confirm a pending subscription; single use, expires. */
    CONFIRM,
    /** Unsubscribe; reusable, never expires. */
    UNSUBSCRIBE
}
