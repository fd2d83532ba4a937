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
import java.time.Instant;

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

    /**
     * A copy of the article's publication time, so that the newest articles of a tag or an
     * author are read off one index of this table (V4). Whatever sets or changes an article's
     * {@code publishedAt} sets this to the same value in the same transaction.
     */
    @Column(name = "published_at")
    public Instant publishedAt;

    @Embeddable
    public record Key(@Column(name = "article_id") Long articleId, @Column(name = "tag_id") Long tagId)
            implements Serializable {
    }
}
