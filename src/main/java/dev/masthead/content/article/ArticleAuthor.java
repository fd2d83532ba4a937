package dev.masthead.content.article;

import dev.masthead.content.author.Author;
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

/** One name on an article's byline, in byline order. */
@Entity
@Table(name = "article_author")
public class ArticleAuthor extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @MapsId("authorId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    public Author author;

    public int position;

    @Embeddable
    public record Key(@Column(name = "article_id") Long articleId, @Column(name = "author_id") Long authorId)
            implements Serializable {
    }
}
