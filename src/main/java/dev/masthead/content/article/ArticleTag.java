package dev.masthead.content.article;

import dev.masthead.content.tag.Tag;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A tag on an article. */
@Entity
@Table(name = "article_tag")
public class ArticleTag extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @MapsId("tagId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "tag_id")
    public Tag tag;

    @Embeddable
    public record Key(@Column(name = "article_id") Long articleId, @Column(name = "tag_id") Long tagId)
            implements Serializable {
    }
}
