package dev.masthead.sitemaps;

import dev.masthead.content.article.ArchivedArticle;
import dev.masthead.content.article.ArticleArchive;
import dev.masthead.content.section.SectionService;
import dev.masthead.site.SiteService;
import dev.masthead.web.PublicUrls;
import dev.masthead.web.frontend.FrontendUrls;
import dev.masthead.web.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The publication's sitemaps: an index naming the others, the section pages, one file per
 * month of published articles, and the Google News sitemap of the last two days. Pages are
 * linked with the frontend's URL templates ({@link FrontendUrls}); the index names the other
 * sitemaps by their absolute API address ({@link PublicUrls}), never by the Host a request
 * carried. Only published articles appear: drafts have no month, and a scheduled article
 * appears when the publishing job makes it live.
 */
@ApplicationScoped
public class Sitemaps {

    /** Where the sitemaps are served; the index names the others under it. */
    static final String PATH = "/api/v1/sitemaps";

    /** Google News takes articles of the last two days only... */
    static final Duration NEWS_WINDOW = Duration.ofDays(2);
    /** ...and at most 1,000 of them per news sitemap. */
    static final int NEWS_MAX = 1000;
    /** The protocol's limit of sitemaps in one index. */
    static final int INDEX_MAX = 50_000;

    private final ArticleArchive archive;
    private final SectionService sections;
    private final SiteService site;
    private final FrontendUrls frontend;
    private final PublicUrls api;
    private final SitemapConfig config;
    private final Clock clock;

    public Sitemaps(ArticleArchive archive, SectionService sections, SiteService site, FrontendUrls frontend,
            PublicUrls api, SitemapConfig config, Clock clock) {
        this.archive = archive;
        this.sections = sections;
        this.site = site;
        this.frontend = frontend;
        this.api = api;
        this.config = config;
        this.clock = clock;
    }

    /**
     * The index: the sections sitemap, the news sitemap, then every month's article files,
     * oldest first, each with the latest change to the month's articles as its lastmod.
     */
    public SitemapDocument index() {
        var xml = SitemapXml.index();
        xml.sitemap(api.base() + PATH + "/sections.xml", null);
        xml.sitemap(api.base() + PATH + "/news.xml", null);
        int listed = 2;
        for (var month : archive.months(INDEX_MAX - listed)) {
            var files = (int) ((month.articles() + config.urlsPerFile() - 1) / config.urlsPerFile());
            for (int page = 1; page <= files && listed < INDEX_MAX; page++, listed++) {
                xml.sitemap(api.base() + PATH + "/articles/" + ArticleSitemapName.of(month.month(), page),
                        month.lastModified());
            }
        }
        return new SitemapDocument(xml.bytes(), List.of("articles", "sections"));
    }

    /** The home page and every section's page, in navigation order. */
    public SitemapDocument sections() {
        var xml = SitemapXml.urlset();
        xml.url(frontend.home(), null);
        sections.all().data().forEach(section -> xml.url(frontend.section(section.slug()), null));
        return new SitemapDocument(xml.bytes(), List.of("sections"));
    }

    /**
     * One file of a month's published articles, in publication order, each with its last
     * change as lastmod. A file the month does not fill (no articles, or a page past its
     * last) is not found.
     */
    public SitemapDocument articles(String file) {
        var name = ArticleSitemapName.parse(file);
        long offset = (name.page() - 1L) * config.urlsPerFile();
        // No month holds more published articles than an int counts: a page past that is not there.
        var articles = offset > Integer.MAX_VALUE ? List.<ArchivedArticle>of()
                : archive.inMonth(name.month(), (int) offset, config.urlsPerFile());
        if (articles.isEmpty()) {
            throw new NotFoundException("article sitemap", file);
        }
        var xml = SitemapXml.urlset();
        articles.forEach(a -> xml.url(frontend.article(a.sectionSlug(), a.slug()), a.updatedAt()));
        return new SitemapDocument(xml.bytes(), List.of("articles", "sections"));
    }

    /**
     * The Google News sitemap: articles published in the last two days, newest first, at most
     * 1,000, with the publication's name (site settings) and language
     * ({@code masthead.sitemaps.language}). With no article in the window the urlset is empty.
     */
    public SitemapDocument news() {
        var publication = site.site().name();
        var now = clock.instant();
        var xml = SitemapXml.newsUrlset();
        archive.publishedBetween(now.minus(NEWS_WINDOW), now, NEWS_MAX).forEach(a -> xml.news(
                frontend.article(a.sectionSlug(), a.slug()), publication, config.language(), a.publishedAt(),
                a.headline()));
        return new SitemapDocument(xml.bytes(), List.of("articles", "sections", "site"));
    }
}
