package dev.masthead.content.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A scheduled article waiting for the publishing job: the job's queue, due first. */
@Entity
@Table(name = "article_schedule")
public class ArticleSchedule extends PanacheEntityBase {

    @Id
    @Column(name = "article_id")
    public Long articleId;

    @Column(name = "publish_at")
    public Instant publishAt;
}
