package dev.masthead.newsletter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A token that went out by mail, kept only as its hash. */
@Entity
@Table(name = "newsletter_token")
public class SubscriptionToken extends PanacheEntityBase {

    /** SHA-256 of the token, hex; see {@link Tokens#hash}. */
    @Id
    @Column(name = "token_hash")
    public String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subscription_id")
    public Subscription subscription;

    @Enumerated(EnumType.STRING)
    public TokenPurpose purpose;

    @Column(name = "created_at")
    public Instant createdAt;

    /** Null for tokens that never expire. */
    @Column(name = "expires_at")
    public Instant expiresAt;
}
