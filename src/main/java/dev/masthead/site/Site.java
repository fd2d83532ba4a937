package dev.masthead.site;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The publication itself; a single row with id 1. */
@Entity
@Table(name = "site")
public class Site extends PanacheEntityBase {

    public static final int ID = 1;

    @Id
    public Integer id;

    public String name;

    public String description;

    public String url;

    /** Goes up by one with every management write; the management ETag is made of it. */
    public long version = 1;
}
