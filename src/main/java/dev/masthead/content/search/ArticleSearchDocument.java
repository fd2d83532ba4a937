package dev.masthead.content.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * The body row seen only for its search vector (PostgreSQL only): queries join it to name
 * the generated {@code search_vector} column; nothing ever loads or writes it.
 */
@Entity
@Immutable
@Table(name = "article_body")
public class ArticleSearchDocument {

    @Id
    @Column(name = "article_id")
    public Long articleId;

    /** The generated tsvector; passed to the search functions only, never read as a string. */
    @Column(name = "search_vector", insertable = false, updatable = false)
    public String vector;
}
