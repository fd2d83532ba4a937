package dev.masthead.content.article;

import dev.masthead.content.ContentConfig;
import dev.masthead.content.author.AuthorRef;
import dev.masthead.content.search.TextSearch;
import dev.masthead.content.tag.TagView;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;

/**
 * Queries over articles. Every list is one keyset query on an indexed (time, id) order, or
 * for relevance on (score, id) over the matches a search index found, with to-one
 * associations fetched in the same statement; bylines and tags for a whole
 * page come in one {@code IN} query each. The lists of many parents (a GraphQL
 * selection's sections, tags or authors) and their counts come in one statement each.
 */
@ApplicationScoped
public class ArticleRepository implements PanacheRepository<Article> {

    private final TextSearch search;
    private final ContentConfig config;

    public ArticleRepository(TextSearch search, ContentConfig config) {
        this.search = search;
        this.config = config;
    }

    /**
     * The status a reader may see. Written as a literal, not a parameter, so Hibernate
     * caches the query's SQL. Scheduled articles are not in it: the publishing job makes
     * them PUBLISHED when their time comes, and records the change event then.
     */
    public static final String VISIBLE = "a.status = dev.masthead.content.article.ArticleStatus.PUBLISHED";

    /**
     * An article of a page, its search score (0 unless ranked by relevance) and, for a page
     * ordered by relevance, the cursor that continues after it (null: the plain one for its sort).
     */
    public record Hit(Article article, double score, Cursor cursor) {

        Hit(Article article) {
            this(article, 0, null);
        }
    }

    /**
     * The articles a search finds through its index, when they are few enough to fetch them
     * all ({@code ids}, at most the index threshold); null ids: too many, so lists walk their
     * own index and check each article instead.
     */
    private record Found(List<Long> ids) {

        boolean many() {
            return ids == null;
        }
    }

    /** What keeps a list to a search's matches: a join for its FROM and a condition for its WHERE. */
    private record Restriction(String join, String condition) {

        static final Restriction NONE = new Restriction("", "");
    }

    /** Up to {@code query.limit() + 1} visible articles, so the caller can tell whether a next page exists. */
    public List<Hit> page(ArticleQuery query, Instant now) {
        if (!query.hasWords()) {
            return listed(query, now, Restriction.NONE, "", new HashMap<>(), query.limit() + 1);
        }
        var found = find(query.words());
        if (found.isEmpty()) {
            return List.of();
        }
        if (query.sort() == ArticleSort.RELEVANCE) {
            return ranked(query, now, found.get());
        }
        var params = new HashMap<String, Object>();
        return listed(query, now, restriction(query, found.get(), "", params), "", params, query.limit() + 1);
    }

    /**
     * Up to {@code max} visible articles in the query's (time) order, restricted as given:
     * one keyset query off the index of that order.
     */
    private List<Hit> listed(ArticleQuery query, Instant now, Restriction restriction, String suffix,
            Map<String, Object> params, int max) {
        // One article table in FROM (sections load in one batch afterwards), so every database drives
        // the query from the index whose order the list asks for: one of the article's own or, for a
        // tag's or an author's articles by publication time, the link table's (V4).
        var link = Link.drivingFor(query);
        var hql = new StringBuilder("select a from ").append(from(link, restriction))
                .append(" left join fetch a.heroImage where ");
        if (!matching(query, refsOf(List.of(query)), now, suffix, link, restriction, hql, params)) {
            return List.of();
        }
        hql.append(orderBy(query, link));
        var jpql = getEntityManager().createQuery(hql.toString(), Article.class);
        params.forEach(jpql::setParameter);
        return jpql.setMaxResults(max).getResultList().stream().map(Hit::new).toList();
    }

    /**
     * Probes the search index for up to threshold + 1 matches: few enough, and they are all
     * there is; more, and the search is a common one. Empty when no word can match anything,
     * or nothing matches. Costs at most threshold + 1 index entries whatever the archive's size.
     */
    private Optional<Found> find(List<String> words) {
        var params = new HashMap<String, Object>();
        var hql = search.matchingIds(words, params);
        if (hql.isEmpty()) {
            return Optional.empty();
        }
        int threshold = config.search().indexThreshold();
        var ids = getEntityManager().createQuery(hql.get(), Long.class);
        params.forEach(ids::setParameter);
        var matches = ids.setMaxResults(threshold + 1).getResultList();
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Found(matches.size() > threshold ? null : matches));
    }

    /**
     * What keeps a list in a time order to its query's words: nothing without words, empty when
     * no article matches them.
     */
    private Optional<Restriction> restrictionFor(ArticleQuery query, String suffix, Map<String, Object> params) {
        if (!query.hasWords()) {
            return Optional.of(Restriction.NONE);
        }
        return find(query.words()).map(found -> restriction(query, found, suffix, params));
    }

    /**
     * How a list keeps to a search's matches: by id when the search index gave them all (the
     * database fetches those few, whatever its statistics say), otherwise by checking each
     * article the list's own index walks past, which stops once a page is full.
     */
    private Restriction restriction(ArticleQuery query, Found found, String suffix, Map<String, Object> params) {
        if (!found.many() && search.keepsTermRows()) {
            // H2 computes the term index's matches first and fetches those articles by id, and
            // keeps this statement's SQL translated (a list parameter would not).
            var match = search.match(query.words(), suffix, params).orElseThrow();
            return new Restriction(match.join(), match.condition());
        }
        if (!found.many()) {
            params.put("ids" + suffix, found.ids());
            return new Restriction("", " and a.id in :ids" + suffix);
        }
        return new Restriction("", search.check(query.words(), suffix, params).orElseThrow());
    }

    /**
     * A page in relevance order. The order ranks a window: the newest
     * {@code masthead.content.search.relevance-window} matches, fixed by the first page (its
     * cursors carry the window's newest and oldest match, so every later page ranks the same
     * articles). Past the window, the older matches follow newest first. Either way a page
     * scores at most a window's articles, never every match.
     */
    private List<Hit> ranked(ArticleQuery query, Instant now, Found found) {
        var cursor = query.cursor();
        var hits = new ArrayList<Hit>();
        Cursor.Window window;
        if (cursor != null && cursor.isPastWindow()) {
            window = null;
        } else {
            window = cursor == null ? null : cursor.window();
            var members = window(query, now, found, window);
            if (members.isEmpty() && window == null) {
                return List.of();
            }
            if (!members.isEmpty()) {
                if (window == null) {
                    var newest = members.get(0);
                    var oldest = members.get(members.size() - 1);
                    window = new Cursor.Window((Instant) newest[1], (Long) newest[0], (Instant) oldest[1],
                            (Long) oldest[0]);
                }
                hits.addAll(scored(query, members.stream().map(row -> (Long) row[0]).toList(), window));
                if (hits.size() > query.limit()) {
                    return hits;
                }
            }
        }
        // The window is exhausted (or was left before): the older matches, newest first.
        var after = window != null ? Cursor.at(ArticleSort.NEWEST, window.oldestAt(), window.oldestId())
                : Cursor.at(ArticleSort.NEWEST, cursor.at(), cursor.id());
        var older = query.newestFirst(after);
        var params = new HashMap<String, Object>();
        listed(older, now, restriction(older, found, "", params), "", params, query.limit() + 1 - hits.size())
                .forEach(hit -> hits.add(new Hit(hit.article(), 0,
                        Cursor.pastWindow(hit.article().publishedAt, hit.article().id))));
        return hits;
    }

    /**
     * The (id, publishedAt) of the window's matches, newest first: the newest window-size
     * matches of the query's filters or, given the window of a cursor, those within it.
     */
    private List<Object[]> window(ArticleQuery query, Instant now, Found found, Cursor.Window window) {
        var newest = query.newestFirst(null);
        var link = Link.drivingFor(newest);
        var params = new HashMap<String, Object>();
        var restriction = restriction(newest, found, "", params);
        var hql = new StringBuilder("select a.id, a.publishedAt from ").append(from(link, restriction))
                .append(" where ");
        if (!matching(newest, refsOf(List.of(newest)), now, "", link, restriction, hql, params)) {
            return List.of();
        }
        if (window != null) {
            var field = link == null ? "a.publishedAt" : "l.publishedAt";
            var id = link == null ? "a.id" : "l.key.articleId";
            hql.append(" and ").append(field).append(" <= :newestAt and (").append(field).append(" < :newestAt or ")
                    .append(id).append(" <= :newestId) and ").append(field).append(" >= :oldestAt and (")
                    .append(field).append(" > :oldestAt or ").append(id).append(" >= :oldestId)");
            params.put("newestAt", window.newestAt());
            params.put("newestId", window.newestId());
            params.put("oldestAt", window.oldestAt());
            params.put("oldestId", window.oldestId());
        }
        hql.append(orderBy(newest, link));
        var rows = getEntityManager().createQuery(hql.toString(), Object[].class);
        params.forEach(rows::setParameter);
        return rows.setMaxResults(config.search().relevanceWindow()).getResultList();
    }

    /** The window's articles after the query's cursor in (score, id) order, best first: up to limit + 1. */
    private List<Hit> scored(ArticleQuery query, List<Long> ids, Cursor.Window window) {
        var params = new HashMap<String, Object>();
        var match = search.match(query.words(), "", params).orElseThrow();
        var score = match.score();
        var hql = new StringBuilder("select a, ").append(score).append(" from Article a").append(match.join())
                .append(" left join fetch a.heroImage where a.id in :window");
        params.put("window", ids);
        var cursor = query.cursor();
        if (cursor != null) {
            hql.append(" and (").append(score).append(" < :score or (").append(score)
                    .append(" = :score and a.id < :id))");
            params.put("score", cursor.score());
            params.put("id", cursor.id());
        }
        hql.append(" order by ").append(score).append(" desc, a.id desc");
        var rows = getEntityManager().createQuery(hql.toString(), Object[].class);
        params.forEach(rows::setParameter);
        return rows.setMaxResults(query.limit() + 1).getResultList().stream().map(row -> {
            var article = (Article) row[0];
            var value = ((Number) row[1]).doubleValue();
            return new Hit(article, value, Cursor.scored(value, article.id, window));
        }).toList();
    }

    /**
     * Up to {@code limit() + 1} visible articles for each query, in its order: the pages of
     * many lists (one per section, tag or author of a GraphQL selection) in one statement,
     * a UNION ALL of the keyset query each would run alone, then one load of the articles.
     * A list in relevance order, which ranks a window first, is read on its own.
     */
    public List<List<Hit>> pages(List<ArticleQuery> queries, Instant now) {
        var hql = new StringBuilder();
        var params = new HashMap<String, Object>();
        var refs = refsOf(queries);
        var pages = new ArrayList<List<Hit>>();
        queries.forEach(q -> pages.add(null));
        for (int i = 0; i < queries.size(); i++) {
            var query = queries.get(i);
            if (query.sort() == ArticleSort.RELEVANCE) {
                pages.set(i, page(query, now));
                continue;
            }
            var searched = restrictionFor(query, "_" + i, params);
            if (searched.isEmpty()) {
                continue;
            }
            var restriction = searched.get();
            var link = Link.drivingFor(query);
            var branch = new StringBuilder("select a.id, " + i + " from ").append(from(link, restriction))
                    .append(" where ");
            if (!matching(query, refs, now, "_" + i, link, restriction, branch, params)) {
                continue;
            }
            branch.append(orderBy(query, link)).append(" limit :limit_").append(i);
            params.put("limit_" + i, query.limit() + 1);
            hql.append(hql.isEmpty() ? "(" : " union all (").append(branch).append(')');
        }
        var idsByQuery = new ArrayList<List<Long>>();
        queries.forEach(q -> idsByQuery.add(new ArrayList<>()));
        if (!hql.isEmpty()) {
            var rows = getEntityManager().createQuery(hql.toString(), Object[].class);
            params.forEach(rows::setParameter);
            rows.getResultList().forEach(row -> idsByQuery.get(((Number) row[1]).intValue()).add((Long) row[0]));
        }
        var byId = new HashMap<Long, Article>();
        visibleByIds(idsByQuery.stream().flatMap(List::stream).distinct().toList(), now)
                .forEach(a -> byId.put(a.id, a));
        for (int i = 0; i < queries.size(); i++) {
            if (pages.get(i) != null) {
                continue;
            }
            // A union keeps no order across its branches, nor promises one inside them.
            pages.set(i, idsByQuery.get(i).stream().distinct().filter(byId::containsKey)
                    .map(id -> new Hit(byId.get(id))).sorted(inOrder(queries.get(i).sort())).toList());
        }
        return pages;
    }

    /**
     * How many visible articles match each query's filters, ignoring its cursor and limit,
     * counting no further than {@code cap + 1}: one statement for all the queries, each
     * branch reading at most {@code cap + 1} rows in the order its page is read, so a count
     * costs the same at any size of the archive.
     */
    public List<Integer> counts(List<ArticleQuery> queries, Instant now, int cap) {
        var hql = new StringBuilder();
        var params = new HashMap<String, Object>();
        var refs = refsOf(queries);
        for (int i = 0; i < queries.size(); i++) {
            var query = queries.get(i).after(null);
            var link = Link.drivingFor(query);
            // As a page does: the few matches by id, or a walk of the list's index checking each
            // article, which stops at the cap; never every match of a common word collected first.
            var searched = restrictionFor(query, "_" + i, params);
            if (searched.isEmpty()) {
                continue;
            }
            var restriction = searched.get();
            var branch = new StringBuilder("select a.id as id from ").append(from(link, restriction))
                    .append(" where ");
            if (!matching(query, refs, now, "_" + i, link, restriction, branch, params)) {
                continue;
            }
            // A limited subquery needs an order; a relevance order would score every match only to
            // count them, so a search counts in the order of the publication index instead.
            branch.append(query.sort() == ArticleSort.RELEVANCE ? " order by a.publishedAt desc, a.id desc"
                    : orderBy(query, link)).append(" limit :cap");
            hql.append(hql.isEmpty() ? "(" : " union all (").append("select ").append(i)
                    .append(", count(*) from (").append(branch).append(") c").append(i).append(')');
        }
        var counts = new ArrayList<Integer>();
        queries.forEach(q -> counts.add(0));
        if (!hql.isEmpty()) {
            params.put("cap", cap + 1);
            var rows = getEntityManager().createQuery(hql.toString(), Object[].class);
            params.forEach(rows::setParameter);
            rows.getResultList().forEach(row -> counts.set(((Number) row[0]).intValue(), ((Number) row[1]).intValue()));
        }
        return counts;
    }

    /**
     * The link table a list is read from, aliased {@code l}, when it is a tag's or an author's
     * articles in publication order: the link rows carry the article's published_at, indexed
     * behind the tag or author (V4). They keep no updated_at, so that order reads the article's
     * own index.
     */
    private enum Link {
        TAG("ArticleTag", "tagId"),
        AUTHOR("ArticleAuthor", "authorId");

        final String entity;
        final String key;

        Link(String entity, String key) {
            this.entity = entity;
            this.key = key;
        }

        static Link drivingFor(ArticleQuery query) {
            if (query.sort() == ArticleSort.RECENTLY_UPDATED || query.sort() == ArticleSort.RELEVANCE) {
                return null;
            }
            return query.tag() != null ? TAG : query.author() != null ? AUTHOR : null;
        }
    }

    /**
     * What a list reads from: the article table alone, or the link table that drives it joined
     * to it; then a search's inner join, before any outer one, so the planner may start from it.
     */
    private static String from(Link link, Restriction restriction) {
        return (link == null ? "Article a" : link.entity + " l join Article a on a.id = l.key.articleId")
                + restriction.join();
    }

    /**
     * Appends the query's filters and cursor to {@code hql}, naming its parameters with
     * {@code suffix} (so several queries can share one statement); false when a filter
     * names something that does not exist, so nothing can match.
     */
    private static boolean matching(ArticleQuery query, Refs refs, Instant now, String suffix, Link link,
            Restriction restriction, StringBuilder hql, Map<String, Object> params) {
        // The article's own time decides what is visible; the link's copy gives its index a range.
        hql.append(VISIBLE).append(" and a.publishedAt <= :now");
        params.put("now", now);
        var owner = link == null ? "a." : "l.";
        if (link != null) {
            hql.append(" and l.publishedAt <= :now");
        }
        if (query.section() != null) {
            var section = refs.sections().get(query.section());
            if (section == null) {
                return false;
            }
            hql.append(" and a.section.id = :section").append(suffix);
            params.put("section" + suffix, section);
        }
        if (query.type() != null) {
            hql.append(" and a.type = :type").append(suffix);
            params.put("type" + suffix, query.type());
        }
        if (query.tag() != null) {
            var tag = refs.tags().get(query.tag());
            if (tag == null) {
                return false;
            }
            hql.append(link == Link.TAG ? " and l.key.tagId = :tag" + suffix
                    : " and exists (select 1 from ArticleTag t where t.key.articleId = a.id and t.key.tagId = :tag"
                            + suffix + ")");
            params.put("tag" + suffix, tag);
        }
        if (query.author() != null) {
            var author = refs.authors().get(query.author());
            if (author == null) {
                return false;
            }
            hql.append(link == Link.AUTHOR ? " and l.key.authorId = :author" + suffix
                    : " and exists (select 1 from ArticleAuthor w where w.key.articleId = a.id"
                            + " and w.key.authorId = :author" + suffix + ")");
            params.put("author" + suffix, author);
        }
        if (query.since() != null) {
            hql.append(" and ").append(owner).append("publishedAt >= :since").append(suffix);
            params.put("since" + suffix, query.since());
        }
        if (query.until() != null) {
            hql.append(" and ").append(owner).append("publishedAt < :until").append(suffix);
            params.put("until" + suffix, query.until());
        }
        hql.append(restriction.condition());
        var cursor = query.cursor();
        if (query.sort() == ArticleSort.RELEVANCE) {
            // Only counts come here in relevance order (without a cursor); pages rank in ranked().
            return true;
        }
        var field = owner + query.sort().field();
        var id = link == null ? "a.id" : "l.key.articleId";
        if (cursor != null) {
            // The plain range condition lets the database start its index scan at the cursor
            // instead of walking every row before it.
            var op = query.sort().descending() ? "<" : ">";
            hql.append(" and ").append(field).append(op).append("= :at").append(suffix).append(" and (")
                    .append(field).append(op).append(" :at").append(suffix).append(" or ").append(id).append(' ')
                    .append(op).append(" :id").append(suffix).append(')');
            params.put("at" + suffix, cursor.at());
            params.put("id" + suffix, cursor.id());
        } else if (query.sort() == ArticleSort.RECENTLY_UPDATED) {
            // Always true (updatedAt is set from the clock when stored), but it gives the planner
            // a range on updated_at, so H2 scans that index rather than sorting every row.
            hql.append(" and a.updatedAt <= :horizon");
            params.put("horizon", now.plus(1, ChronoUnit.DAYS));
        }
        return true;
    }

    /**
     * The order names the filter's equality column first and the nulls where the index keeps
     * them, so H2 as well as PostgreSQL reads the page straight off the index, unsorted.
     */
    private static String orderBy(ArticleQuery query, Link link) {
        var dir = query.sort().descending() ? " desc" : " asc";
        var nulls = query.sort().descending() ? " nulls first" : " nulls last";
        var order = new StringBuilder(" order by ");
        if (link != null) {
            return order.append("l.key.").append(link.key).append(dir).append(", l.").append(query.sort().field())
                    .append(dir).append(nulls).append(", l.key.articleId").append(dir).toString();
        }
        if (query.section() != null) {
            order.append("a.section.id").append(dir).append(", ");
        } else if (query.type() != null) {
            order.append("a.type").append(dir).append(", ");
        }
        return order.append("a.").append(query.sort().field()).append(dir)
                .append(query.sort().descending() ? " nulls first" : " nulls last").append(", a.id").append(dir)
                .toString();
    }

    /** The order of a sort, in Java, for rows that come back unordered. */
    private static Comparator<Hit> inOrder(ArticleSort sort) {
        Comparator<Hit> order = sort == ArticleSort.RELEVANCE ? Comparator.comparingDouble(Hit::score)
                : Comparator.comparing(hit -> sort == ArticleSort.RECENTLY_UPDATED ? hit.article().updatedAt
                        : hit.article().publishedAt);
        order = order.thenComparing(hit -> hit.article().id);
        return sort.descending() ? order.reversed() : order;
    }

    /** Ids of the sections, tags and authors some queries name, by slug. */
    private record Refs(Map<String, Long> sections, Map<String, Long> tags, Map<String, Long> authors) {
    }

    /** The sections, tags and authors the queries name: at most one statement for each kind. */
    private Refs refsOf(Collection<ArticleQuery> queries) {
        return new Refs(idsOf("Section", queries.stream().map(ArticleQuery::section)),
                idsOf("Tag", queries.stream().map(ArticleQuery::tag)),
                idsOf("Author", queries.stream().map(ArticleQuery::author)));
    }

    private Map<String, Long> idsOf(String entity, Stream<String> named) {
        var slugs = named.filter(s -> s != null).distinct().toList();
        var ids = new HashMap<String, Long>();
        if (slugs.size() == 1) {
            // An equality, not a one-element list: Hibernate keeps this SQL translated.
            getEntityManager().createQuery("select e.id from " + entity + " e where e.slug = :slug", Long.class)
                    .setParameter("slug", slugs.get(0)).getResultStream().findFirst()
                    .ifPresent(id -> ids.put(slugs.get(0), id));
        } else if (!slugs.isEmpty()) {
            getEntityManager().createQuery("select e.slug, e.id from " + entity + " e where e.slug in :slugs",
                            Object[].class)
                    .setParameter("slugs", slugs).getResultList()
                    .forEach(row -> ids.put((String) row[0], (Long) row[1]));
        }
        return ids;
    }

    /** An article (null where only the body was asked for) with its stored body blocks and their rendering. */
    public record WithBody(Article article, String blocks, String rendered, String renderedKey) {
    }

    /**
     * The visible article with this slug, its section, hero image and stored body, in one
     * query: what a read of one article starts from. Read only: nothing is kept to be
     * checked for changes when the transaction ends.
     */
    public Optional<WithBody> visibleWithBodyBySlug(String slug, Instant now) {
        return getEntityManager().createQuery("select a, b.blocks, b.rendered, b.renderedKey from Article a join fetch a.section"
                        + " left join fetch a.heroImage, ArticleBody b where b.articleId = a.id"
                        + " and a.slug = :slug and " + VISIBLE + " and a.publishedAt <= :now", Object[].class)
                .setParameter("slug", slug).setParameter("now", now)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream().findFirst()
                .map(row -> new WithBody((Article) row[0], (String) row[1], (String) row[2], (String) row[3]));
    }

    public Optional<Article> visibleBySlug(String slug, Instant now) {
        return getEntityManager().createQuery("select a from Article a join fetch a.section left join fetch a.heroImage"
                        + " where a.slug = :slug and " + VISIBLE + " and a.publishedAt <= :now", Article.class)
                .setParameter("slug", slug).setParameter("now", now)
                .getResultStream().findFirst();
    }

    /**
     * Articles a preview may show: every status but archived (an article taken down stays
     * down, whoever holds an old preview link). Written as a literal, like {@link #VISIBLE}.
     */
    public static final String PREVIEWABLE = "a.status <> dev.masthead.content.article.ArticleStatus.ARCHIVED";

    /** The article with this slug as it stands, draft or scheduled ones too (a preview). */
    public Optional<Article> previewableBySlug(String slug) {
        return getEntityManager().createQuery("select a from Article a join fetch a.section left join fetch a.heroImage"
                        + " where a.slug = :slug and " + PREVIEWABLE, Article.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    /** The article with this id as it stands, draft or scheduled ones too (a preview link names it by id). */
    public Optional<Article> previewableById(long id) {
        return getEntityManager().createQuery("select a from Article a join fetch a.section left join fetch a.heroImage"
                        + " where a.id = :id and " + PREVIEWABLE, Article.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    /** The current slug of the previewable article that once had {@code formerSlug}. */
    public Optional<String> currentSlugOfPreviewable(String formerSlug) {
        return getEntityManager().createQuery("select a.slug from ArticleSlugHistory h, Article a"
                        + " where h.slug = :slug and a.id = h.articleId and " + PREVIEWABLE, String.class)
                .setParameter("slug", formerSlug)
                .getResultStream().findFirst();
    }

    /** Whether {@code slug} is a former slug of the article with this id. */
    public boolean wasSlugOf(String slug, long articleId) {
        return !getEntityManager().createQuery("select h.articleId from ArticleSlugHistory h"
                        + " where h.slug = :slug and h.articleId = :id", Long.class)
                .setParameter("slug", slug).setParameter("id", articleId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** The current slug of the visible article that once had {@code formerSlug}. */
    public Optional<String> currentSlugOf(String formerSlug, Instant now) {
        return getEntityManager().createQuery("select a.slug from ArticleSlugHistory h, Article a"
                        + " where h.slug = :slug and a.id = h.articleId and " + VISIBLE + " and a.publishedAt <= :now",
                        String.class)
                .setParameter("slug", formerSlug).setParameter("now", now)
                .getResultStream().findFirst();
    }

    public Optional<ArticleBody> body(long articleId) {
        return Optional.ofNullable(getEntityManager().find(ArticleBody.class, articleId));
    }

    /** The stored bodies (blocks, rendering and its key) of many visible articles, by article slug, in one query. */
    public Map<String, WithBody> bodiesBySlug(Collection<String> slugs) {
        var bySlug = new HashMap<String, WithBody>();
        if (slugs.isEmpty()) {
            return bySlug;
        }
        getEntityManager().createQuery("select a.slug, b.blocks, b.rendered, b.renderedKey from ArticleBody b, Article a"
                        + " where a.id = b.articleId and a.slug in :slugs and " + VISIBLE, Object[].class)
                .setParameter("slugs", slugs).getResultList()
                .forEach(row -> bySlug.put((String) row[0],
                        new WithBody(null, (String) row[1], (String) row[2], (String) row[3])));
        return bySlug;
    }

    /** Bylines of many articles, by article slug, in one query. */
    public Map<String, List<AuthorRef>> authorsBySlug(Collection<String> slugs) {
        var bySlug = new HashMap<String, List<AuthorRef>>();
        if (slugs.isEmpty()) {
            return bySlug;
        }
        getEntityManager().createQuery("select a.slug, u.slug, u.name from ArticleAuthor aa join aa.author u, Article a"
                        + " where a.id = aa.key.articleId and a.slug in :slugs order by a.slug, aa.position", Object[].class)
                .setParameter("slugs", slugs).getResultList()
                .forEach(row -> bySlug.computeIfAbsent((String) row[0], k -> new ArrayList<>())
                        .add(new AuthorRef((String) row[1], (String) row[2])));
        return bySlug;
    }

    /** One article's byline, in order, and its tags, by name. */
    public record BylineAndTags(List<AuthorRef> authors, List<TagView> tags) {
    }

    /**
     * One article's byline and tags, in the order {@link #authorsBySlug} and {@link #tagsBySlug}
     * give them. The union sits in a derived table because H2 parses and plans a statement
     * that is a union every time it is prepared, but keeps a plain SELECT around it parsed.
     */
    private static final String BYLINE_AND_TAGS = "select kind, slug, name from ("
            + "select 0 as kind, u.slug as slug, u.name as name, aa.position as position"
            + " from article_author aa join author u on u.id = aa.author_id where aa.article_id = ?"
            + " union all select 1, t.slug, t.name, 0"
            + " from article_tag at join tag t on t.id = at.tag_id where at.article_id = ?"
            + ") byline_and_tags order by kind, position, name, slug";

    /**
     * The byline and the tags of one article in one statement: what an article read needs,
     * by the article's id, so the database reuses one plan for every article. Sent through
     * JDBC as it is: a native query through Hibernate looked up the result set's metadata
     * on every read, which cost more than the statement.
     */
    public BylineAndTags bylineAndTagsOf(long articleId) {
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (var statement = connection.prepareStatement(BYLINE_AND_TAGS)) {
                statement.setLong(1, articleId);
                statement.setLong(2, articleId);
                var authors = new ArrayList<AuthorRef>();
                var tags = new ArrayList<TagView>();
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        if (rows.getInt(1) == 0) {
                            authors.add(new AuthorRef(rows.getString(2), rows.getString(3)));
                        } else {
                            tags.add(new TagView(rows.getString(2), rows.getString(3)));
                        }
                    }
                }
                return new BylineAndTags(authors, tags);
            }
        });
    }

    /** Tags of many articles, by article slug, in one query. */
    public Map<String, List<TagView>> tagsBySlug(Collection<String> slugs) {
        var bySlug = new HashMap<String, List<TagView>>();
        if (slugs.isEmpty()) {
            return bySlug;
        }
        getEntityManager().createQuery("select a.slug, t.slug, t.name from ArticleTag at join at.tag t, Article a"
                        + " where a.id = at.key.articleId and a.slug in :slugs order by a.slug, t.name, t.slug",
                        Object[].class)
                .setParameter("slugs", slugs).getResultList()
                .forEach(row -> bySlug.computeIfAbsent((String) row[0], k -> new ArrayList<>())
                        .add(new TagView((String) row[1], (String) row[2])));
        return bySlug;
    }

    /** Visible articles by id, with section and hero image, in one query. */
    public List<Article> visibleByIds(Collection<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select a from Article a join fetch a.section left join fetch a.heroImage"
                        + " where a.id in :ids and " + VISIBLE + " and a.publishedAt <= :now", Article.class)
                .setParameter("ids", ids).setParameter("now", now).getResultList();
    }
}
