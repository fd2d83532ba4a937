package dev.masthead.content.article;

import dev.masthead.content.image.Image;
import dev.masthead.content.section.Section;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An article without its body: everything a teaser needs, so lists never read bodies.
 * The body lives in {@link ArticleBody}; authors and tags in their join tables.
 */
@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;

    public String headline;

    public String dek;

    @Enumerated(EnumType.STRING)
    public ArticleType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id")
    public Section section;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "hero_image_id")
    public Image heroImage;

    /** Overrides the hero image's own caption for this article. */
    @Column(name = "hero_caption")
    public String heroCaption;

    /** Overrides the hero image's own credit for this article. */
    @Column(name = "hero_credit")
    public String heroCredit;

    /** The editor's excerpt; when absent, one is cut from {@link #leadText}. */
    public String excerpt;

    /** Plain text of the body's opening paragraphs, kept so teasers never read the body. */
    @Column(name = "lead_text")
    public String leadText;

    @Column(name = "word_count")
    public int wordCount;

    @Column(name = "reading_minutes")
    public int readingMinutes;

    @Enumerated(EnumType.STRING)
    public ArticleStatus status;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    /** Marks content that came with the demo, so operators can tell it from their own. */
    public boolean demo;
}
