package dev.masthead.newsletter.signup;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A mailbox that was sent a confirmation mail in the last day; the lock the daily cap counts under. */
@Entity
@Table(name = "newsletter_mailbox")
public class MailedMailbox extends PanacheEntityBase {

    /** SHA-256 (hex) of the mailbox key. */
    @Id
    @Column(name = "key_hash")
    public String keyHash;

    @Column(name = "last_mail_at")
    public Instant lastMailAt;
}
