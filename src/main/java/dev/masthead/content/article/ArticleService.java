package dev.masthead.content.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masthead.content.ContentConfig;
import dev.masthead.content.Slugs;
import dev.masthead.content.body.Block;
import dev.masthead.content.body.Body;
import dev.masthead.content.image.ImageView;
import dev.masthead.content.section.SectionRef;
import dev.masthead.web.MovedPermanentlyException;
import dev.masthead.web.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.util.List;

/** Public reads of articles: the one service both API doors call. */
@ApplicationScoped
public class ArticleService {

    /** How many teasers the LATEST rail holds unless asked otherwise, and at most. */
    public static final int LATEST_DEFAULT = 5;
    public static final int LATEST_MAX = 20;

    private static final TypeReference<List<Block>> BLOCKS = new TypeReference<>() {
    };

    private final ArticleRepository articles;
    private final ContentConfig config;
    private final ObjectMapper json;
    private final Clock clock;

    public ArticleService(ArticleRepository articles, ContentConfig config, ObjectMapper json) {
        this.articles = articles;
        this.config = config;
        this.json = json;
        this.clock = Clock.systemUTC();
    }

    /** A page of visible articles matching the query, newest first unless it says otherwise. */
    @Transactional
    public ArticlePage list(ArticleQuery query) {
        var rows = articles.page(query, clock.instant());
        var hasNext = rows.size() > query.limit();
        var page = hasNext ? rows.subList(0, query.limit()) : rows;
        var ids = page.stream().map(a -> a.id).toList();
        var authors = articles.authorsOf(ids);
        var tags = articles.tagsOf(ids);
        var data = page.stream().map(a -> {
            var excerpt = excerptOf(a);
            return new ArticleSummary(a.slug, a.headline, a.dek, a.type.slug(), a.type.label(),
                    SectionRef.of(a.section), heroOf(a), excerpt.text(), excerpt.truncated(), a.wordCount,
                    a.readingMinutes, a.publishedAt, a.updatedAt, authors.getOrDefault(a.id, List.of()),
                    tags.getOrDefault(a.id, List.of()));
        }).toList();
        String next = null;
        if (hasNext) {
            var last = page.get(page.size() - 1);
            var at = query.sort() == ArticleSort.RECENTLY_UPDATED ? last.updatedAt : last.publishedAt;
            next = new Cursor(query.sort(), at, last.id).encode();
        }
        return new ArticlePage(data, new ArticlePage.PageInfo(query.limit(), next));
    }

    /** The LATEST rail: the newest teasers, optionally of one section; one page, no cursor. */
    @Transactional
    public ArticlePage latest(String section, String limit) {
        var query = ArticleQuery.parse(ArticleQuery.Params.empty().withSection(section).withLimit(limit),
                LATEST_DEFAULT, LATEST_MAX);
        var page = list(query);
        return new ArticlePage(page.data(), new ArticlePage.PageInfo(query.limit(), null));
    }

    /**
     * The visible article with this slug. A former slug answers with a redirect to the
     * current one; anything else, drafts included, is not found.
     */
    @Transactional
    public ArticleView published(String slug) {
        if (!Slugs.isValid(slug)) {
            throw new NotFoundException("published article", slug);
        }
        var now = clock.instant();
        var article = articles.visibleBySlug(slug, now).orElseThrow(() -> {
            var current = articles.currentSlugOf(slug, now);
            if (current.isPresent()) {
                return new MovedPermanentlyException(URI.create("/api/v1/articles/" + current.get()));
            }
            return new NotFoundException("published article", slug);
        });
        var body = bodyOf(article);
        var ids = List.of(article.id);
        var excerpt = excerptOf(article);
        return new ArticleView(article.slug, article.headline, article.dek, article.type.slug(),
                article.type.label(), SectionRef.of(article.section), heroOf(article), excerpt.text(),
                excerpt.truncated(), article.wordCount, article.readingMinutes, article.publishedAt,
                article.updatedAt, articles.authorsOf(ids).getOrDefault(article.id, List.of()),
                articles.tagsOf(ids).getOrDefault(article.id, List.of()),
                new BodyView(body.html(), body.text(), body.blocks()));
    }

    private Body bodyOf(Article article) {
        var stored = articles.body(article.id).orElseThrow(
                () -> new IllegalStateException("article " + article.id + " has no body row"));
        try {
            return Body.stored(json.readValue(stored.blocks, BLOCKS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("article " + article.id + " has an unreadable body", e);
        }
    }

    private Excerpt.Cut excerptOf(Article article) {
        if (article.excerpt != null && !article.excerpt.isBlank()) {
            return new Excerpt.Cut(article.excerpt, false);
        }
        return Excerpt.cut(article.leadText, config.excerptLength());
    }

    private static ImageView heroOf(Article article) {
        return ImageView.of(article.heroImage, article.heroCaption, article.heroCredit);
    }
}
