package dev.masthead.newsletter.mail;

import dev.masthead.newsletter.Subscription;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A mail waiting to go out, written with the change that calls for it. */
@Entity
@Table(name = "newsletter_outbox")
public class OutboxMail extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subscription_id")
    public Subscription subscription;

    @Enumerated(EnumType.STRING)
    public MailKind kind;

    /** Failed sending attempts so far. */
    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    /** While set and in the future, one sender owns the row. */
    @Column(name = "claimed_until")
    public Instant claimedUntil;

    @Column(name = "created_at")
    public Instant createdAt;
}
