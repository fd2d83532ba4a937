package dev.masthead.newsletter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A newsletter readers can subscribe to, such as the weekly round-up. */
@Entity
@Table(name = "newsletter_list")
public class NewsletterList extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;

    public String name;

    /** The invitation shown in the signup box. */
    public String blurb;

    public String cadence;

    /** The list a signup without a list goes to; exactly one list has it. */
    @Column(name = "is_default")
    public boolean isDefault;
}
