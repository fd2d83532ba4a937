package dev.masthead.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.content.ContentWriter;
import dev.masthead.content.article.ArticleDraft;
import dev.masthead.content.article.ArticleStatus;
import dev.masthead.content.article.ArticleType;
import dev.masthead.content.body.Block;
import dev.masthead.content.common.SocialLink;
import dev.masthead.content.image.ImageView;
import dev.masthead.editorial.article.ScheduledPublishing;
import dev.masthead.web.cache.ResponseCache;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builders that read like the domain and commit in their own transaction. Every name they
 * make is unique, so each test owns its data and no test depends on another's.
 */
public final class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);

    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    private static ContentWriter writer() {
        return Arc.container().instance(ContentWriter.class).get();
    }

    /**
     * Fixtures write behind the change log, as a direct database edit would, so no change
     * event drops the cached answers they make stale: they empty the response cache instead,
     * and tests read what they wrote.
     */
    public static void forgetCachedAnswers() {
        Arc.container().instance(ResponseCache.class).get().invalidateAll();
    }

    /**
     * Runs one SQL update that must change exactly one row, in its own transaction, as a
     * hand edit of the database would (no change event, so the response cache is emptied).
     */
    public static void editBehindTheApi(String statement, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = Arc.container().instance(EntityManager.class).get().createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            assertThat(query.executeUpdate()).as(statement).isEqualTo(1);
        });
        forgetCachedAnswers();
    }

    /** Runs the scheduled-publishing job now, as its timer would: due scheduled articles go live. */
    public static void publishDue() {
        Arc.container().instance(ScheduledPublishing.class).get().publishDue();
    }

    /** A new section; returns its slug. */
    public static String section() {
        var slug = unique("section");
        writer().section(slug, "Section " + slug, "About " + slug, 1000 + SEQUENCE.get());
        forgetCachedAnswers();
        return slug;
    }

    /** A new tag; returns its slug. */
    public static String tag() {
        var slug = unique("tag");
        writer().tag(slug, "Tag " + slug);
        forgetCachedAnswers();
        return slug;
    }

    /** A new author; returns their slug. */
    public static String author() {
        var slug = unique("author");
        writer().author(slug, "Author " + slug, "Writes about " + slug);
        forgetCachedAnswers();
        return slug;
    }

    /** A new author with a portrait and social links; returns their slug. */
    public static String author(ImageView avatar, List<SocialLink> socialLinks) {
        var slug = unique("author");
        writer().author(slug, "Author " + slug, "Writes about " + slug, avatar, socialLinks);
        forgetCachedAnswers();
        return slug;
    }

    public static ArticleBuilder article() {
        return new ArticleBuilder();
    }

    /** Builds one article; nothing is stored until a terminal method such as {@link #published()}. */
    public static final class ArticleBuilder {

        private String slug = unique("article");
        private String headline = "Headline of " + slug;
        private String dek = "Dek of " + slug;
        private ArticleType type = ArticleType.NEWS;
        private String section;
        private final List<String> tags = new ArrayList<>();
        private final List<String> authors = new ArrayList<>();
        private final List<String> formerSlugs = new ArrayList<>();
        private final List<String> pinned = new ArrayList<>();
        private List<Block> body = List.of(Block.paragraph("Body of the article."));
        private String excerpt;
        private Instant publishedAt = Instant.now().minus(1, ChronoUnit.HOURS);
        private ArticleDraft.HeroImage hero;

        public ArticleBuilder slug(String slug) {
            this.slug = slug;
            return this;
        }

        public ArticleBuilder headline(String headline) {
            this.headline = headline;
            return this;
        }

        public ArticleBuilder dek(String dek) {
            this.dek = dek;
            return this;
        }

        public ArticleBuilder ofType(ArticleType type) {
            this.type = type;
            return this;
        }

        public ArticleBuilder inSection(String section) {
            this.section = section;
            return this;
        }

        public ArticleBuilder taggedWith(String... tags) {
            this.tags.addAll(List.of(tags));
            return this;
        }

        public ArticleBuilder by(String... authors) {
            this.authors.addAll(List.of(authors));
            return this;
        }

        public ArticleBuilder formerly(String formerSlug) {
            this.formerSlugs.add(formerSlug);
            return this;
        }

        /** Pins these articles, in this order, to the new article's "keep reading" rail. */
        public ArticleBuilder pinning(String... slugs) {
            this.pinned.addAll(List.of(slugs));
            return this;
        }

        public ArticleBuilder body(Block... blocks) {
            this.body = List.of(blocks);
            return this;
        }

        public ArticleBuilder paragraphs(String... htmls) {
            this.body = Arrays.stream(htmls).map(Block::paragraph).toList();
            return this;
        }

        public ArticleBuilder excerpt(String excerpt) {
            this.excerpt = excerpt;
            return this;
        }

        public ArticleBuilder publishedAt(Instant at) {
            this.publishedAt = at;
            return this;
        }

        public ArticleBuilder withHero(String caption, String credit) {
            this.hero = new ArticleDraft.HeroImage("https://img.example/" + slug + ".jpg", "Alt of " + slug, 1200, 800,
                    caption, credit);
            return this;
        }

        public ArticleBuilder withHeroAt(String url) {
            this.hero = new ArticleDraft.HeroImage(url, "Alt of " + slug, 1200, 800, "Caption", "Credit");
            return this;
        }

        public String published() {
            return store(ArticleStatus.PUBLISHED);
        }

        public String draft() {
            publishedAt = null;
            return store(ArticleStatus.DRAFT);
        }

        public String archived() {
            return store(ArticleStatus.ARCHIVED);
        }

        public String scheduledFor(Instant at) {
            publishedAt = at;
            return store(ArticleStatus.SCHEDULED);
        }

        private String store(ArticleStatus status) {
            if (section == null) {
                section = Fixtures.section();
            }
            writer().article(new ArticleDraft(slug, headline, dek, type, section, hero, excerpt, body, status,
                    publishedAt, authors, tags, formerSlugs, pinned, false));
            forgetCachedAnswers();
            return slug;
        }
    }
}
