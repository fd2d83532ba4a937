package dev.masthead.content.search;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One distinct search term of an article and its weight (H2 only; see {@link SearchTerms#weighted}). */
@Entity
@Table(name = "article_term")
public class ArticleTerm extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    public int weight;

    @Embeddable
    public record Key(@Column(name = "term") String term, @Column(name = "article_id") Long articleId)
            implements Serializable {
    }
}
