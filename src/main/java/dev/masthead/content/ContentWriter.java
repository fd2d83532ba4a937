package dev.masthead.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masthead.content.article.Article;
import dev.masthead.content.article.ArticleAuthor;
import dev.masthead.content.article.ArticleBody;
import dev.masthead.content.article.ArticleDraft;
import dev.masthead.content.article.ArticleRelatedPin;
import dev.masthead.content.article.ArticleSchedule;
import dev.masthead.content.article.ArticleSlugHistory;
import dev.masthead.content.article.ArticleStatus;
import dev.masthead.content.article.ArticleTag;
import dev.masthead.content.article.BodyRendering;
import dev.masthead.content.author.Author;
import dev.masthead.content.body.Body;
import dev.masthead.content.common.SocialLink;
import dev.masthead.content.image.Image;
import dev.masthead.content.image.ImageView;
import dev.masthead.content.search.ArticleTerm;
import dev.masthead.content.search.SearchTerms;
import dev.masthead.content.search.TextSearch;
import dev.masthead.content.section.Section;
import dev.masthead.content.tag.Tag;
import dev.masthead.web.problem.UnprocessableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Stores content. The one path by which demo content, synthetic content and test
 * fixtures and the editorial API's writes enter the database, so every stored body is
 * sanitized, every URL held to {@link Urls} and every derived field computed the same way. Input is checked before anything is stored: a refused write stores nothing.
 * An article's publication time is copied onto its tag and byline rows (their list index):
 * changing it means changing those copies in the same transaction.
 */
@ApplicationScoped
public class ContentWriter {

    /** Longest lead text kept for excerpts; excerpts are cut from it. */
    public static final int LEAD_TEXT_LENGTH = 1000;

    private final ObjectMapper json;
    private final Clock clock;
    private final TextSearch search;
    private final BodyRendering rendering;

    public ContentWriter(ObjectMapper json, Clock clock, TextSearch search, BodyRendering rendering) {
        this.json = json;
        this.clock = clock;
        this.search = search;
        this.rendering = rendering;
    }

    @Transactional
    public void section(String slug, String name, String description, int position) {
        var section = new Section();
        section.slug = slug;
        section.name = name;
        section.description = description;
        section.position = position;
        section.persist();
    }

    @Transactional
    public void author(String slug, String name, String bio) {
        author(slug, name, bio, null, List.of());
    }

    /**
     * Stores an author with a portrait (optional; its alt text defaults to the author's
     * name) and social links. URLs are refused as {@code avatar.url} and
     * {@code socialLinks[i].url}.
     */
    @Transactional
    public void author(String slug, String name, String bio, ImageView avatar, List<SocialLink> socialLinks) {
        var avatarUrl = avatar == null ? null : Urls.requireImage("avatar.url", avatar.url());
        var links = new ArrayList<SocialLink>(socialLinks.size());
        for (int i = 0; i < socialLinks.size(); i++) {
            var link = socialLinks.get(i);
            links.add(new SocialLink(link.network(), Urls.requireLink("socialLinks[" + i + "].url", link.url())));
        }
        var author = new Author();
        author.slug = slug;
        author.name = name;
        author.bio = bio;
        if (avatar != null) {
            var image = new Image();
            image.url = avatarUrl;
            image.altText = avatar.alt() == null ? name : avatar.alt();
            image.caption = avatar.caption();
            image.credit = avatar.credit();
            image.width = avatar.width();
            image.height = avatar.height();
            image.persist();
            author.avatar = image;
        }
        author.socialLinks = links;
        author.persist();
    }

    @Transactional
    public void tag(String slug, String name) {
        var tag = new Tag();
        tag.slug = slug;
        tag.name = name;
        tag.persist();
    }

    /**
     * Stores an article with its body, byline, tags, former slugs and pins; returns its id.
     * URLs are refused as {@code heroImage.url} and {@code body.blocks[i]...}; a reference
     * to a section, author, tag or article that does not exist as a 422 naming the field.
     */
    @Transactional
    public long article(ArticleDraft draft) {
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var article = new Article();
        article.createdAt = now;
        article.demo = draft.demo();
        article.status = draft.status();
        article.publishedAt = draft.publishedAt() == null ? null : draft.publishedAt().truncatedTo(ChronoUnit.MICROS);
        // Imported content (demo, synthetic) was last changed when it was published, not when loaded.
        article.updatedAt = draft.demo() && article.publishedAt != null ? article.publishedAt : now;
        write(article, draft, true);
        syncSchedule(article);
        for (var former : draft.formerSlugs()) {
            var history = new ArticleSlugHistory();
            history.slug = former;
            history.articleId = article.id;
            history.retiredAt = now;
            history.persist();
        }
        return article.id;
    }

    /**
     * Replaces what an editor writes of a stored article (everything but its status, times
     * and former slugs) and everything derived from it. The caller keeps the status and the
     * slug history; {@code draft.status()} and {@code draft.publishedAt()} are ignored.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rewrite(Article article, ArticleDraft draft) {
        write(article, draft, false);
    }

    /**
     * Copies the article's publication time onto its byline and tag rows (their list index),
     * as lists see it: only while the article is published or scheduled.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void syncListTimes(Article article) {
        var listed = article.status == ArticleStatus.PUBLISHED || article.status == ArticleStatus.SCHEDULED
                ? article.publishedAt : null;
        ArticleAuthor.update("publishedAt = ?1 where key.articleId = ?2", listed, article.id);
        ArticleTag.update("publishedAt = ?1 where key.articleId = ?2", listed, article.id);
    }

    /**
     * Keeps the publishing job's queue in step with the article: a scheduled article waits
     * in it for its time, any other is not in it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void syncSchedule(Article article) {
        ArticleSchedule queued = ArticleSchedule.findById(article.id);
        if (article.status == ArticleStatus.SCHEDULED) {
            if (queued == null) {
                queued = new ArticleSchedule();
                queued.articleId = article.id;
                queued.publishAt = article.publishedAt;
                queued.persist();
            } else {
                queued.publishAt = article.publishedAt;
            }
        } else if (queued != null) {
            queued.delete();
        }
    }

    private void write(Article article, ArticleDraft draft, boolean isNew) {
        var hero = draft.heroImage();
        var heroUrl = hero == null ? null : Urls.requireImage("heroImage.url", hero.url());
        var body = Body.sanitized(draft.bodyField(), draft.body());
        var section = Section.<Section>find("slug", draft.section()).singleResultOptional()
                .orElseThrow(() -> new UnprocessableException("section", "names no section '" + draft.section() + "'"));
        var authors = new ArrayList<Author>();
        for (int i = 0; i < draft.authors().size(); i++) {
            var slug = draft.authors().get(i);
            authors.add(Author.<Author>find("slug", slug).singleResultOptional()
                    .orElseThrow(() -> new UnprocessableException("authors", "names no author '" + slug + "'")));
        }
        var tags = new ArrayList<Tag>();
        for (var slug : draft.tags()) {
            tags.add(Tag.<Tag>find("slug", slug).singleResultOptional()
                    .orElseThrow(() -> new UnprocessableException("tags", "names no tag '" + slug + "'")));
        }
        var pinned = new ArrayList<Article>();
        for (var slug : draft.pinnedRelated()) {
            var related = Article.<Article>find("slug", slug).singleResultOptional()
                    .orElseThrow(() -> new UnprocessableException("related", "names no article '" + slug + "'"));
            if (related == article) {
                throw new UnprocessableException("related", "may not pin the article itself");
            }
            pinned.add(related);
        }

        article.slug = draft.slug();
        article.headline = draft.headline();
        article.dek = draft.dek();
        article.type = draft.type();
        article.section = section;
        if (hero == null) {
            article.heroImage = null;
        } else if (!sameImage(article.heroImage, heroUrl, hero)) {
            var image = new Image();
            image.url = heroUrl;
            image.altText = hero.alt();
            image.width = hero.width();
            image.height = hero.height();
            image.caption = hero.caption();
            image.credit = hero.credit();
            image.persist();
            article.heroImage = image;
        }
        article.excerpt = draft.excerpt();
        article.leadText = body.leadText(LEAD_TEXT_LENGTH);
        article.wordCount = body.wordCount();
        article.readingMinutes = Body.readingMinutes(article.wordCount);
        if (isNew) {
            article.persist();
        } else {
            ArticleAuthor.delete("key.articleId", article.id);
            ArticleTag.delete("key.articleId", article.id);
            ArticleRelatedPin.delete("key.articleId", article.id);
            if (search.keepsTermRows()) {
                ArticleTerm.delete("key.articleId", article.id);
            }
            // The deletes above must reach the database before the same keys are inserted again.
            ArticleTerm.getEntityManager().flush();
        }

        ArticleBody stored = isNew ? new ArticleBody() : ArticleBody.findById(article.id);
        stored.articleId = article.id;
        var rendered = rendering.render(toJson(body));
        stored.blocks = rendered.blocks();
        stored.rendered = rendered.rendered();
        stored.renderedKey = rendered.key();
        stored.searchText = searchText(draft.headline(), draft.dek(), body.text());
        stored.searchHeadline = draft.headline();
        stored.searchDek = draft.dek() == null ? "" : draft.dek();
        if (isNew) {
            stored.persist();
        }
        if (search.keepsTermRows()) {
            SearchTerms.weighted(draft.headline(), draft.dek(), stored.searchText).forEach((term, weight) -> {
                var row = new ArticleTerm();
                row.key = new ArticleTerm.Key(term, article.id);
                row.weight = weight;
                row.persist();
            });
        }

        var listed = article.status == ArticleStatus.PUBLISHED || article.status == ArticleStatus.SCHEDULED
                ? article.publishedAt : null;
        int position = 0;
        for (var author : authors) {
            var link = new ArticleAuthor();
            link.author = author;
            link.key = new ArticleAuthor.Key(article.id, author.id);
            link.position = position++;
            link.publishedAt = listed;
            link.persist();
        }
        for (var tag : tags) {
            var link = new ArticleTag();
            link.tag = tag;
            link.key = new ArticleTag.Key(article.id, tag.id);
            link.publishedAt = listed;
            link.persist();
        }
        position = 0;
        for (var related : pinned) {
            var pin = new ArticleRelatedPin();
            pin.key = new ArticleRelatedPin.Key(article.id, related.id);
            pin.position = position++;
            pin.persist();
        }
    }

    private static boolean sameImage(Image image, String url, ArticleDraft.HeroImage hero) {
        return image != null && url.equals(image.url) && java.util.Objects.equals(image.altText, hero.alt())
                && java.util.Objects.equals(image.width, hero.width())
                && java.util.Objects.equals(image.height, hero.height())
                && java.util.Objects.equals(image.caption, hero.caption())
                && java.util.Objects.equals(image.credit, hero.credit());
    }

    /** The whole text search reads: headline, dek and body text, lower-cased. */
    public static String searchText(String headline, String dek, String bodyText) {
        return (headline + "\n" + (dek == null ? "" : dek) + "\n" + bodyText).toLowerCase(Locale.ROOT);
    }

    private String toJson(Body body) {
        try {
            return json.writeValueAsString(body.blocks());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("body blocks cannot be written as JSON", e);
        }
    }
}
