package dev.masthead.feeds;

import dev.masthead.content.article.ArticleQuery;
import dev.masthead.content.article.ArticleService;
import dev.masthead.content.article.ArticleSummary;
import dev.masthead.database.PublicRead;
import dev.masthead.site.SiteService;
import dev.masthead.site.SiteView;
import dev.masthead.web.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of the publication's feeds: the newest published articles, site-wide or
 * narrowed, read through the same list query as GET /api/v1/articles (so drafts and
 * scheduled articles never appear, and a scheduled one appears once its publishing job has
 * made it published), with bylines, tags and, for full-content feeds, bodies in one batched
 * statement each.
 */
@PublicRead
@ApplicationScoped
public class FeedService {

    /** The title of a feed when the publication has no site settings yet. */
    static final String UNNAMED = "Masthead";

    private final ArticleService articles;
    private final SiteService site;
    private final FeedConfig config;

    public FeedService(ArticleService articles, SiteService site, FeedConfig config) {
        this.articles = articles;
        this.site = site;
        this.config = config;
    }

    /**
     * The newest articles matching the filters, each one optional. Malformed values are a 400
     * naming the parameter; a well-formed slug that names nothing gives an empty feed, as the
     * article list gives an empty page.
     */
    @Transactional
    public FeedContent feed(String section, String author, String tag, String type) {
        var query = ArticleQuery.parse(new ArticleQuery.Params(section, type, tag, author, null, null, null, null,
                Integer.toString(config.size()), null));
        var teasers = articles.list(query).data();
        Map<String, String> bodies = config.content() == FeedConfig.Content.FULL
                ? articles.htmlBodiesOf(teasers.stream().map(ArticleSummary::slug).toList())
                : Map.of();
        var frame = frame();
        var publication = frame.map(SiteView::name).orElse(UNNAMED);
        var title = publication + narrowedTo(query, teasers);
        var description = frame.map(SiteView::description).orElse(null);
        var keys = new ArrayList<String>();
        if (query.section() != null) {
            keys.add("section-" + query.section());
        }
        if (query.author() != null) {
            keys.add("author-" + query.author());
        }
        if (query.tag() != null) {
            keys.add("tag-" + query.tag());
        }
        return new FeedContent(publication, title, description, query.section(), teasers, bodies, keys);
    }

    private Optional<SiteView> frame() {
        try {
            return Optional.of(site.site());
        } catch (NotFoundException e) {
            // No site settings yet (demo content off, none stored): the feed still needs a title.
            return Optional.empty();
        }
    }

    /**
     * What the feed was narrowed to, as " · Europe · Analysis": names are taken from the
     * articles themselves (every one of them has the section, author or tag), so they cost no
     * query; a filter that matched nothing adds nothing.
     */
    private static String narrowedTo(ArticleQuery query, List<ArticleSummary> teasers) {
        var names = new ArrayList<String>();
        var first = teasers.isEmpty() ? null : teasers.get(0);
        if (first != null && query.section() != null) {
            names.add(first.section().name());
        }
        if (first != null && query.author() != null) {
            first.authors().stream().filter(a -> a.slug().equals(query.author())).findFirst()
                    .ifPresent(a -> names.add(a.name()));
        }
        if (first != null && query.tag() != null) {
            first.tags().stream().filter(t -> t.slug().equals(query.tag())).findFirst()
                    .ifPresent(t -> names.add(t.name()));
        }
        if (query.type() != null) {
            names.add(query.type().label());
        }
        return names.stream().filter(Objects::nonNull).map(n -> " · " + n).reduce("", String::concat);
    }
}
