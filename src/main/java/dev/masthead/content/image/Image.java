package dev.masthead.content.image;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A picture with the words that must travel with it: alt text, caption and credit. */
@Entity
@Table(name = "image")
public class Image extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String url;

    @Column(name = "alt_text")
    public String altText;

    public String caption;

    public String credit;

    public Integer width;

    public Integer height;
}
