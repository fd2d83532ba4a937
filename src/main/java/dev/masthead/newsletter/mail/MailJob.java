package dev.masthead.newsletter.mail;

/**
 * A mail ready to send, with the raw tokens it carries. They exist only here and in the
 * mail: the database holds their hashes.
 */
record MailJob(MailKind kind, String email, String listName, String confirmToken, String unsubscribeToken) {
}
