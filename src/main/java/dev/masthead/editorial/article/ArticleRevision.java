package dev.masthead.editorial.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A saved version of an article: the management view after the save, as JSON. */
@Entity
@Table(name = "article_revision")
public class ArticleRevision extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    public String actor;

    public String action;

    public String snapshot;

    @Embeddable
    public record Key(@Column(name = "article_id") Long articleId, @Column(name = "number") Integer number)
            implements Serializable {
    }
}
