package dev.masthead.content.section;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

/** A section of the publication (Europe, QIOSK ...), in navigation order. */
@Entity
@Table(name = "section")
@BatchSize(size = 100)
public class Section extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;

    public String name;

    public String description;

    public int position;

    /** Goes up by one with every management write; the management ETag is made of it. */
    public long version = 1;
}
