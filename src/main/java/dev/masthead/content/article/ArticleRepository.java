package dev.masthead.content.article;

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

    public ArticleRepository(TextSearch search) {
        this.search = search;
    }

    /**
     * The statuses a reader may see, once their publication time has passed. Written as
     * literals, not a list parameter: Hibernate caches the SQL of a query only when no
     * parameter expands to a list, and translating HQL again on every request cost more
     * than running the query.
     */
    public static final String VISIBLE = "a.status in (dev.masthead.content.article.ArticleStatus.PUBLISHED,"
            + " dev.masthead.content.article.ArticleStatus.SCHEDULED)";

    /** An article of a page and its search score (0 unless the page is ordered by relevance). */
    public record Hit(Article article, double score) {
    }

    /** Up to {@code query.limit() + 1} visible articles, so the caller can tell whether a next page exists. */
    public List<Hit> page(ArticleQuery query, Instant now) {
        // One article table in FROM (sections load in one batch afterwards), so every database drives
        // the query from the index whose order the list asks for: one of the article's own or, for a
        // tag's or an author's articles by publication time, the link table's (V4).
        var link = Link.drivingFor(query);
        var params = new HashMap<String, Object>();
        var match = match(query, "", params);
        if (query.hasWords() && match.isEmpty()) {
            return List.of();
        }
        var relevance = query.sort() == ArticleSort.RELEVANCE;
        var hql = new StringBuilder("select a").append(relevance ? ", " + score(match) : "").append(" from ")
                .append(from(link, match)).append(" left join fetch a.heroImage where ");
        if (!matching(query, refsOf(List.of(query)), now, "", link, match, hql, params)) {
            return List.of();
        }
        hql.append(orderBy(query, link, match));
        if (relevance) {
            var rows = getEntityManager().createQuery(hql.toString(), Object[].class);
            params.forEach(rows::setParameter);
            return rows.setMaxResults(query.limit() + 1).getResultList().stream()
                    .map(row -> new Hit((Article) row[0], ((Number) row[1]).doubleValue())).toList();
        }
        var jpql = getEntityManager().createQuery(hql.toString(), Article.class);
        params.forEach(jpql::setParameter);
        return jpql.setMaxResults(query.limit() + 1).getResultList().stream().map(a -> new Hit(a, 0)).toList();
    }

    /**
     * Up to {@code limit() + 1} visible articles for each query, in its order: the pages of
     * many lists (one per section, tag or author of a GraphQL selection) in one statement,
     * a UNION ALL of the keyset query each would run alone, then one load of the articles.
     */
    public List<List<Hit>> pages(List<ArticleQuery> queries, Instant now) {
        var hql = new StringBuilder();
        var params = new HashMap<String, Object>();
        var refs = refsOf(queries);
        for (int i = 0; i < queries.size(); i++) {
            var query = queries.get(i);
            var link = Link.drivingFor(query);
            var match = match(query, "_" + i, params);
            if (query.hasWords() && match.isEmpty()) {
                continue;
            }
            // Every branch has the same columns; only a relevance branch has a score to give.
            var score = query.sort() == ArticleSort.RELEVANCE ? score(match) : "cast(0 as Double)";
            var branch = new StringBuilder("select a.id, " + i + ", " + score + " from ").append(from(link, match))
                    .append(" where ");
            if (!matching(query, refs, now, "_" + i, link, match, branch, params)) {
                continue;
            }
            branch.append(orderBy(query, link, match)).append(" limit :limit_").append(i);
            params.put("limit_" + i, query.limit() + 1);
            hql.append(hql.isEmpty() ? "(" : " union all (").append(branch).append(')');
        }
        var idsByQuery = new ArrayList<Map<Long, Double>>();
        queries.forEach(q -> idsByQuery.add(new HashMap<>()));
        if (!hql.isEmpty()) {
            var rows = getEntityManager().createQuery(hql.toString(), Object[].class);
            params.forEach(rows::setParameter);
            rows.getResultList().forEach(row -> idsByQuery.get(((Number) row[1]).intValue())
                    .put((Long) row[0], ((Number) row[2]).doubleValue()));
        }
        var byId = new HashMap<Long, Article>();
        visibleByIds(idsByQuery.stream().flatMap(ids -> ids.keySet().stream()).distinct().toList(), now)
                .forEach(a -> byId.put(a.id, a));
        var pages = new ArrayList<List<Hit>>();
        for (int i = 0; i < queries.size(); i++) {
            // A union keeps no order across its branches, nor promises one inside them.
            var scores = idsByQuery.get(i);
            pages.add(scores.keySet().stream().filter(byId::containsKey)
                    .map(id -> new Hit(byId.get(id), scores.get(id)))
                    .sorted(inOrder(queries.get(i).sort())).toList());
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
            var match = match(query, "_" + i, params);
            if (query.hasWords() && match.isEmpty()) {
                continue;
            }
            var branch = new StringBuilder("select a.id as id from ").append(from(link, match)).append(" where ");
            if (!matching(query, refs, now, "_" + i, link, match, branch, params)) {
                continue;
            }
            // A limited subquery needs an order; a relevance order would score every match only to
            // count them, so a search counts in the order of the publication index instead.
            branch.append(query.sort() == ArticleSort.RELEVANCE ? " order by a.publishedAt desc, a.id desc"
                    : orderBy(query, link, match)).append(" limit :cap");
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
    private static String from(Link link, Optional<TextSearch.Match> match) {
        return (link == null ? "Article a" : link.entity + " l join Article a on a.id = l.key.articleId")
                + match.map(TextSearch.Match::join).orElse("");
    }

    /** The search for the query's words, its parameters named with {@code suffix}; empty without words. */
    private Optional<TextSearch.Match> match(ArticleQuery query, String suffix, Map<String, Object> params) {
        return query.hasWords() ? search.match(query.words(), suffix, params) : Optional.empty();
    }

    /** The score a relevance order runs on, as a double. */
    private static String score(Optional<TextSearch.Match> match) {
        return match.map(TextSearch.Match::score).orElseThrow(
                () -> new IllegalStateException("a relevance order needs a text query"));
    }

    /**
     * Appends the query's filters and cursor to {@code hql}, naming its parameters with
     * {@code suffix} (so several queries can share one statement); false when a filter
     * names something that does not exist, so nothing can match.
     */
    private static boolean matching(ArticleQuery query, Refs refs, Instant now, String suffix, Link link,
            Optional<TextSearch.Match> match, StringBuilder hql, Map<String, Object> params) {
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
        match.ifPresent(m -> hql.append(m.condition()));
        var cursor = query.cursor();
        if (query.sort() == ArticleSort.RELEVANCE) {
            if (cursor != null) {
                var score = score(match);
                hql.append(" and (").append(score).append(" < :score").append(suffix).append(" or (").append(score)
                        .append(" = :score").append(suffix).append(" and a.id < :id").append(suffix).append("))");
                params.put("score" + suffix, cursor.score());
                params.put("id" + suffix, cursor.id());
            }
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
    private static String orderBy(ArticleQuery query, Link link, Optional<TextSearch.Match> match) {
        if (query.sort() == ArticleSort.RELEVANCE) {
            return " order by " + score(match) + " desc, a.id desc";
        }
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

    public Optional<Article> visibleBySlug(String slug, Instant now) {
        return getEntityManager().createQuery("select a from Article a join fetch a.section left join fetch a.heroImage"
                        + " where a.slug = :slug and " + VISIBLE + " and a.publishedAt <= :now", Article.class)
                .setParameter("slug", slug).setParameter("now", now)
                .getResultStream().findFirst();
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
