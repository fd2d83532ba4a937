package dev.masthead.webhooks;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How far change events have been turned into deliveries. One row. */
@Entity
@Table(name = "webhook_relay")
public class WebhookRelay extends PanacheEntityBase {

    @Id
    public Integer id;

    @Column(name = "last_seq")
    public long lastSeq;
}
