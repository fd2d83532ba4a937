package dev.masthead.content.author;

import dev.masthead.content.common.SocialLink;
import dev.masthead.content.image.Image;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A writer or contributor. */
@Entity
@Table(name = "author")
public class Author extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;

    public String name;

    public String bio;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "avatar_image_id")
    public Image avatar;

    @ElementCollection
    @CollectionTable(name = "author_social_link", joinColumns = @JoinColumn(name = "author_id"))
    @OrderColumn(name = "position")
    public List<SocialLink> socialLinks = new ArrayList<>();

    /** Goes up by one with every management write; the management ETag is made of it. */
    public long version = 1;
}
