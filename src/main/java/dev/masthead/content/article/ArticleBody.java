package dev.masthead.content.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An article's body blocks (JSON) and the lower-cased text that {@code q} searches. */
@Entity
@Table(name = "article_body")
public class ArticleBody extends PanacheEntityBase {

    @Id
    @Column(name = "article_id")
    public Long articleId;

    /** The sanitized blocks as JSON. */
    public String blocks;

    @Column(name = "search_text")
    public String searchText;
}
