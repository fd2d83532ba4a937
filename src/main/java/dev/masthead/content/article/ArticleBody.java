package dev.masthead.content.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An article's body blocks (JSON), their rendering as served, and what search reads: the lower-cased whole text, and
 * copies of the headline and dek, from which PostgreSQL generates the weighted search vector.
 */
@Entity
@Table(name = "article_body")
public class ArticleBody extends PanacheEntityBase {

    @Id
    @Column(name = "article_id")
    public Long articleId;

    /** The sanitized blocks as JSON. */
    public String blocks;

    /** Headline, dek and body text, lower-cased. */
    @Column(name = "search_text")
    public String searchText;

    @Column(name = "search_headline")
    public String searchHeadline;

    @Column(name = "search_dek")
    public String searchDek;

    /** The body as served (a {@link BodyView} as JSON), rendered from {@link #blocks} when they were written. */
    public String rendered;

    /** What {@link #rendered} was made from; see {@link BodyRendering}. */
    @Column(name = "rendered_key")
    public String renderedKey;
}
