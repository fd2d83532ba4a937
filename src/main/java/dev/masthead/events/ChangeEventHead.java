package dev.masthead.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row that hands out change-event sequence numbers under a lock. */
@Entity
@Table(name = "change_event_head")
class ChangeEventHead {

    @Id
    Integer id;

    @Column(name = "last_seq")
    long lastSeq;
}
