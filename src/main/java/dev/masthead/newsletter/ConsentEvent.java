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

/** One entry in a subscription's consent history; never updated. */
@Entity
@Table(name = "newsletter_consent_event")
public class ConsentEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subscription_id")
    public Subscription subscription;

    @Enumerated(EnumType.STRING)
    public ConsentKind kind;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    public String source;

    @Column(name = "ip_hash")
    public String ipHash;

    public static ConsentEvent of(Subscription subscription, ConsentKind kind, Instant at, String source, String ipHash) {
        var event = new ConsentEvent();
        event.subscription = subscription;
        event.kind = kind;
        event.occurredAt = at;
        event.source = source;
        event.ipHash = ipHash;
        return event;
    }
}
