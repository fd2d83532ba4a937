package dev.masthead.newsletter.signup;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One confirmation mail sent to a mailbox, counted by the daily cap. */
@Entity
@Table(name = "newsletter_mailbox_mail")
public class MailboxMail extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** SHA-256 (hex) of the mailbox key. */
    @Column(name = "key_hash")
    public String keyHash;

    @Column(name = "sent_at")
    public Instant sentAt;
}
