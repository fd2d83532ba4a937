package dev.masthead.content.article;

import dev.masthead.content.ContentConfig;
import dev.masthead.content.Slugs;
import dev.masthead.content.author.AuthorRef;
import dev.masthead.content.image.ImageView;
import dev.masthead.content.section.SectionRef;
import dev.masthead.content.tag.TagView;
import dev.masthead.database.PublicRead;
import dev.masthead.web.cache.RenderedBody;
import dev.masthead.web.problem.MovedPermanentlyException;
import dev.masthead.web.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Public reads of articles: the one service both API doors call. */
@PublicRead
@ApplicationScoped
public class ArticleService {

    /** How many teasers the LATEST rail holds unless asked otherwise, and at most. */
    public static final int LATEST_DEFAULT = 5;
    public static final int LATEST_MAX = 20;

    private final ArticleRepository articles;
    private final ContentConfig config;
    private final BodyRendering rendering;
    private final ArticleJson articleJson;
    private final Clock clock;

    public ArticleService(ArticleRepository articles, ContentConfig config, BodyRendering rendering,
            ArticleJson articleJson, Clock clock) {
        this.articles = articles;
        this.config = config;
        this.rendering = rendering;
        this.articleJson = articleJson;
        this.clock = clock;
    }

    /**
     * One page of visible articles with each one's cursor: what both doors build their
     * lists from. With {@code withBylinesAndTags} false the teasers carry empty author and
     * tag lists, for callers that load those only when asked (GraphQL's batch resolvers).
     */
    @Transactional
    public ArticleSlice slice(ArticleQuery query, boolean withBylinesAndTags) {
        return sliceOf(articles.page(query, clock.instant()), query, withBylinesAndTags);
    }

    private ArticleSlice sliceOf(List<ArticleRepository.Hit> rows, ArticleQuery query, boolean withBylinesAndTags) {
        var hasNext = rows.size() > query.limit();
        var page = hasNext ? rows.subList(0, query.limit()) : rows;
        var slugs = page.stream().map(hit -> hit.article().slug).toList();
        var authors = withBylinesAndTags ? articles.authorsBySlug(slugs) : Map.<String, List<AuthorRef>>of();
        var tags = withBylinesAndTags ? articles.tagsBySlug(slugs) : Map.<String, List<TagView>>of();
        var entries = page.stream()
                .map(hit -> new ArticleSlice.Entry(summaryOf(hit.article(), authors, tags),
                        cursorOf(hit, query.sort()).encode(query.words())))
                .toList();
        var next = hasNext ? entries.get(entries.size() - 1).cursor() : null;
        return new ArticleSlice(entries, next);
    }

    /** A page of visible articles matching the query: newest first, or best match first for a text query, unless it says otherwise. */
    @Transactional
    public ArticlePage list(ArticleQuery query) {
        var slice = slice(query, true);
        var data = slice.entries().stream().map(ArticleSlice.Entry::summary).toList();
        return new ArticlePage(data, new ArticlePage.PageInfo(query.limit(), slice.nextCursor()));
    }

    /** A Relay connection over the articles a GraphQL list field asks for; bylines and tags are left to batch resolvers. */
    @Transactional
    public ArticleConnection connection(ArticleFilter filter, ArticleSort sort, Integer first, String after) {
        var query = filter.query(sort, first, after);
        return new ArticleConnection(slice(query, false), query);
    }

    /**
     * The connections of many lists at once (a section's, author's or tag's articles, for
     * every parent of a GraphQL selection), each the page {@link #connection} gives for
     * its query alone, in one statement for all of them.
     */
    @Transactional
    public List<ArticleConnection> connections(List<ArticleQuery> queries) {
        var pages = articles.pages(queries, clock.instant());
        var connections = new ArrayList<ArticleConnection>();
        for (int i = 0; i < queries.size(); i++) {
            connections.add(new ArticleConnection(sliceOf(pages.get(i), queries.get(i), false), queries.get(i)));
        }
        return connections;
    }

    /**
     * How many visible articles match each query's filters, ignoring cursor and page size,
     * in one statement: exact up to {@code cap}, beyond that {@code cap} and marked capped,
     * so a count reads no more than {@code cap + 1} rows however large the archive grows.
     */
    @Transactional
    public List<ArticleCount> counts(List<ArticleQuery> queries, int cap) {
        return articles.counts(queries, clock.instant(), cap).stream()
                .map(n -> new ArticleCount(Math.min(n, cap), n > cap))
                .toList();
    }

    /** Bylines of the given articles, in the given order. */
    @Transactional
    public List<List<AuthorRef>> authorsOf(List<String> slugs) {
        var bySlug = articles.authorsBySlug(slugs);
        return slugs.stream().map(slug -> bySlug.getOrDefault(slug, List.of())).toList();
    }

    /** Tags of the given articles, in the given order. */
    @Transactional
    public List<List<TagView>> tagsOf(List<String> slugs) {
        var bySlug = articles.tagsBySlug(slugs);
        return slugs.stream().map(slug -> bySlug.getOrDefault(slug, List.of())).toList();
    }

    /**
     * The bodies, as HTML, of the given visible articles, by slug, in one statement: for
     * callers that show whole articles in a list (full-content feeds).
     */
    @Transactional
    public Map<String, String> htmlBodiesOf(List<String> slugs) {
        var bodies = new HashMap<String, String>();
        articles.bodiesBySlug(slugs).forEach((slug, b) -> bodies.put(slug, rendering.html(b.blocks(), b.rendered(),
                b.renderedKey())));
        return bodies;
    }

    /**
     * The visible article with this slug, as a reference for features built on articles
     * (the related rail). A former slug answers with a redirect; others are not found.
     */
    @Transactional
    public ArticleRef visible(String slug) {
        var now = clock.instant();
        var article = Slugs.isValid(slug) ? articles.visibleBySlug(slug, now) : Optional.<Article>empty();
        if (article.isEmpty()) {
            var current = Slugs.isValid(slug) ? articles.currentSlugOf(slug, now) : Optional.<String>empty();
            throw current.<RuntimeException>map(c -> new MovedPermanentlyException(slug, c))
                    .orElseGet(() -> new NotFoundException("published article", slug));
        }
        var found = article.get();
        return new ArticleRef(found.id, found.slug, found.section.id);
    }

    /** Teasers of the given visible articles, in the given order. */
    @Transactional
    public List<ArticleSummary> teasers(List<Long> ids, boolean withBylinesAndTags) {
        var byId = new HashMap<Long, Article>();
        articles.visibleByIds(ids, clock.instant()).forEach(a -> byId.put(a.id, a));
        var slugs = byId.values().stream().map(a -> a.slug).toList();
        var authors = withBylinesAndTags ? articles.authorsBySlug(slugs) : Map.<String, List<AuthorRef>>of();
        var tags = withBylinesAndTags ? articles.tagsBySlug(slugs) : Map.<String, List<TagView>>of();
        return ids.stream().filter(byId::containsKey).map(id -> summaryOf(byId.get(id), authors, tags)).toList();
    }

    private ArticleSummary summaryOf(Article a, Map<String, List<AuthorRef>> authors,
            Map<String, List<TagView>> tags) {
        var excerpt = excerptOf(a);
        return new ArticleSummary(a.slug, a.headline, a.dek, a.type, a.type.label(), SectionRef.of(a.section),
                heroOf(a), excerpt.text(), excerpt.truncated(), a.wordCount, a.readingMinutes, a.publishedAt,
                a.updatedAt, authors.getOrDefault(a.slug, List.of()), tags.getOrDefault(a.slug, List.of()));
    }

    private static Cursor cursorOf(ArticleRepository.Hit hit, ArticleSort sort) {
        if (hit.cursor() != null) {
            return hit.cursor();
        }
        var article = hit.article();
        return switch (sort) {
            case RELEVANCE -> throw new IllegalStateException("a relevance hit comes with its cursor");
            case RECENTLY_UPDATED -> Cursor.at(sort, article.updatedAt, article.id);
            default -> Cursor.at(sort, article.publishedAt, article.id);
        };
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
        return published(slug, false);
    }

    /**
     * The visible article with this slug or, with {@code followFormerSlugs}, the one that
     * once had it; for doors that cannot redirect.
     */
    @Transactional
    public ArticleView published(String slug, boolean followFormerSlugs) {
        var now = clock.instant();
        var read = visible(slug, followFormerSlugs, now);
        return viewOf(read.article(), rendering.read(read.blocks(), read.rendered(), read.renderedKey()), now);
    }

    /**
     * The visible article with this slug as the REST door sends it: its JSON, the body as
     * stored (see {@link ArticleJson}), tagged with the article's surrogate keys. A former
     * slug answers with a redirect.
     */
    @Transactional
    public RenderedBody publishedJson(String slug) {
        var now = clock.instant();
        var read = visible(slug, false, now);
        var view = viewOf(read.article(), null, now);
        var body = rendering.json(read.blocks(), read.rendered(), read.renderedKey());
        return new RenderedBody(articleJson.write(view, body), MediaType.APPLICATION_JSON, view.surrogateKeys());
    }

    private ArticleRepository.WithBody visible(String slug, boolean followFormerSlugs, Instant now) {
        if (!Slugs.isValid(slug)) {
            throw new NotFoundException("published article", slug);
        }
        var found = articles.visibleWithBodyBySlug(slug, now);
        if (found.isEmpty()) {
            var current = articles.currentSlugOf(slug, now)
                    .orElseThrow(() -> new NotFoundException("published article", slug));
            if (!followFormerSlugs) {
                throw new MovedPermanentlyException(slug, current);
            }
            found = articles.visibleWithBodyBySlug(current, now);
        }
        return found.orElseThrow(() -> new NotFoundException("published article", slug));
    }

    /**
     * The article with this slug as it stands, draft and scheduled ones too (archived ones
     * stay down): what a preview with the {@code content:preview} scope shows. A former slug
     * redirects to the current one or, with {@code followFormerSlugs}, is followed.
     */
    @Transactional
    public ArticleView previewed(String slug, boolean followFormerSlugs) {
        if (!Slugs.isValid(slug)) {
            throw new NotFoundException("article", slug);
        }
        var found = articles.previewableBySlug(slug);
        if (found.isEmpty()) {
            var current = articles.currentSlugOfPreviewable(slug)
                    .orElseThrow(() -> new NotFoundException("article", slug));
            if (!followFormerSlugs) {
                throw new MovedPermanentlyException(slug, current);
            }
            found = articles.previewableBySlug(current);
        }
        return viewOf(found.orElseThrow(() -> new NotFoundException("article", slug)), clock.instant());
    }

    /**
     * What a preview link for article {@code articleId} shows at this slug: that article as
     * it stands when the slug is its own, a redirect (or, with {@code followFormerSlugs}, the
     * article) when the slug is one it had before; any other slug answers as it would
     * without the link, since the link opens its one article only.
     */
    @Transactional
    public ArticleView previewed(String slug, long articleId, boolean followFormerSlugs) {
        var article = Slugs.isValid(slug) ? articles.previewableById(articleId) : Optional.<Article>empty();
        if (article.isPresent() && article.get().slug.equals(slug)) {
            return viewOf(article.get(), clock.instant());
        }
        if (article.isPresent() && articles.wasSlugOf(slug, articleId)) {
            if (!followFormerSlugs) {
                throw new MovedPermanentlyException(slug, article.get().slug);
            }
            return viewOf(article.get(), clock.instant());
        }
        return published(slug, followFormerSlugs);
    }

    /**
     * The article with this id as a preview may show it (any status but archived), for
     * minting a preview link. Unknown ids and archived articles are not found.
     */
    @Transactional
    public ArticleRef previewable(long id) {
        var article = articles.previewableById(id).orElseThrow(() -> NotFoundException.byId("unarchived article", id));
        return new ArticleRef(article.id, article.slug, article.section.id);
    }

    /**
     * The whole view of an article. A draft has no publication time yet; its preview shows
     * the time of the preview, as if it went live now, so a frontend renders it as it will be.
     */
    private ArticleView viewOf(Article article, Instant now) {
        return viewOf(article, bodyOf(article), now);
    }

    private ArticleView viewOf(Article article, BodyView body, Instant now) {
        var bylineAndTags = articles.bylineAndTagsOf(article.id);
        var excerpt = excerptOf(article);
        var publishedAt = article.publishedAt != null ? article.publishedAt : now.truncatedTo(ChronoUnit.SECONDS);
        return new ArticleView(article.slug, article.headline, article.dek, article.type,
                article.type.label(), SectionRef.of(article.section), heroOf(article), excerpt.text(),
                excerpt.truncated(), article.wordCount, article.readingMinutes, publishedAt,
                article.updatedAt, bylineAndTags.authors(), bylineAndTags.tags(),
                body);
    }

    private BodyView bodyOf(Article article) {
        var stored = articles.body(article.id).orElseThrow(
                () -> new IllegalStateException("article " + article.id + " has no body row"));
        return rendering.read(stored.blocks, stored.rendered, stored.renderedKey);
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
