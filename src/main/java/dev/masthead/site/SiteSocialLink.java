package dev.masthead.site;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the publication's "Follow us on social" links, in display order. */
@Entity
@Table(name = "site_social_link")
public class SiteSocialLink extends PanacheEntityBase {

    @Id
    public Integer position;

    public String network;

    public String label;

    public String url;
}
