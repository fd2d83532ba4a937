package dev.masthead.content.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A slug an article used to have; it keeps resolving, by redirect, to the current one. */
@Entity
@Table(name = "article_slug_history")
public class ArticleSlugHistory extends PanacheEntityBase {

    @Id
    public String slug;

    @Column(name = "article_id")
    public Long articleId;

    @Column(name = "retired_at")
    public Instant retiredAt;
}
