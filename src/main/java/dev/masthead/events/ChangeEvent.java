package dev.masthead.events;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row of the outbox: a committed change, numbered in commit order. */
@Entity
@Table(name = "change_event")
public class ChangeEvent extends PanacheEntityBase {

    @Id
    public Long seq;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Enumerated(EnumType.STRING)
    public ChangeKind kind;

    @Column(name = "entity_type")
    public String entityType;

    @Column(name = "entity_id")
    public long entityId;

    @Column(name = "old_slug")
    public String oldSlug;

    @Column(name = "new_slug")
    public String newSlug;

    public Long version;

    /** Space-separated, as the Surrogate-Key header carries them. */
    @Column(name = "surrogate_keys")
    public String surrogateKeys;

    public String actor;

    /** Whether public reads could see the entity just before the change. */
    @Column(name = "public_before")
    public boolean publicBefore;

    /** Whether public reads could see the entity just after the change. */
    @Column(name = "public_after")
    public boolean publicAfter;
}
