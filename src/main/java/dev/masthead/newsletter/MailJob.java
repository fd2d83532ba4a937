package dev.masthead.newsletter;

import java.time.Instant;

/**
 * A mail decided inside a committed transaction, to be sent after it. Carries the raw
 * tokens, which exist nowhere else: the database holds only their hashes.
 *
 * @param claimedAt the confirmation-mail claim taken on the subscription, released if sending fails; null for welcome mails
 */
record MailJob(Kind kind, long subscriptionId, String email, String listName, String confirmToken,
        String unsubscribeToken, Instant claimedAt) {

    enum Kind {
        CONFIRMATION,
        WELCOME
    }
}
