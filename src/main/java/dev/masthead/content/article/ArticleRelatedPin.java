package dev.masthead.content.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** An article an editor pinned to another's "keep reading" rail, in the editor's order. */
@Entity
@Table(name = "article_related_pin")
public class ArticleRelatedPin extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    public int position;

    @Embeddable
    public record Key(@Column(name = "article_id") Long articleId,
            @Column(name = "related_article_id") Long relatedArticleId) implements Serializable {
    }
}
