package dev.masthead.newsletter.mail;

/** The mails the newsletter sends of its own. */
public enum MailKind {
    /** Asks a pending subscriber to confirm; carries a confirmation and an unsubscribe link. */
    CONFIRMATION,
    /** Greets a confirmed subscriber; carries an unsubscribe link. */
    WELCOME
}
