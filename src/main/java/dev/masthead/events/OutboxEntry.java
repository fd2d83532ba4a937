package dev.masthead.events;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A delivery waiting to go out, written with the change that calls for it. */
@Entity
@Table(name = "outbox")
public class OutboxEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String topic;

    /** Rows with the same key go out in id order; null for none. */
    @Column(name = "ordering_key")
    public String orderingKey;

    public String payload;

    /** Failed attempts so far. */
    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    /** While set and in the future, one sender owns the row. */
    @Column(name = "claimed_until")
    public Instant claimedUntil;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "last_error")
    public String lastError;
}
