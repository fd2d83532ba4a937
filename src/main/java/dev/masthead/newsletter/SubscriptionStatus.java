package dev.masthead.newsletter;

import org.eclipse.microprofile.graphql.Description;

/** Where a subscription stands in the double opt-in. */
@Description("Where a subscription stands in the double opt-in: PENDING, CONFIRMED or UNSUBSCRIBED.")
public enum SubscriptionStatus {
    /** Signed up; the confirmation mail's link has not been used yet. Receives no newsletters. */
    PENDING,
    /** Confirmed by the link in the confirmation mail. */
    CONFIRMED,
    /** Unsubscribed; a later signup starts a new opt-in. */
    UNSUBSCRIBED
}
