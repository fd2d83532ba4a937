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

    /** The point a crop must keep, as a fraction of the width from the left (0 to 1); null with focalY when unset. */
    @Column(name = "focal_x")
    public Double focalX;

    /** The point a crop must keep, as a fraction of the height from the top (0 to 1). */
    @Column(name = "focal_y")
    public Double focalY;

    /** Goes up by one with every management write; the management ETag is made of it. */
    public long version = 1;
}
