package dev.masthead.newsletter;

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

/** One address on one newsletter list, with its latest consent. */
@Entity
@Table(name = "newsletter_subscription")
public class Subscription extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "list_id")
    public NewsletterList list;

    /** Normalised by {@link EmailAddresses#normalise}. */
    public String email;

    @Enumerated(EnumType.STRING)
    public SubscriptionStatus status;

    /** Where the latest signup came from, as the frontend named it (e.g. "article-footer"). */
    public String source;

    @Column(name = "consented_at")
    public Instant consentedAt;

    @Column(name = "consent_ip_hash")
    public String consentIpHash;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "unsubscribed_at")
    public Instant unsubscribedAt;

    /** When the latest confirmation mail was claimed; at most one per mail interval. */
    @Column(name = "last_mail_at")
    public Instant lastMailAt;

    @Column(name = "created_at")
    public Instant createdAt;
}
