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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Queries over articles. Every list is one keyset query on an indexed (time, id) order, or
 * for relevance on (score, id), with to-one associations fetched in the same statement;
 * bylines and tags for a whole page come in one {@code IN} query each.
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
        var params = new HashMap<String, Object>();
        var match = match(query, params);
        if (query.hasWords() && match.isEmpty()) {
            return List.of();
        }
        var relevance = query.sort() == ArticleSort.RELEVANCE;
        var score = match.map(TextSearch.Match::score).orElse(null);
        // One article table in FROM (sections load in one batch afterwards), so every database drives
        // the query from the article index whose order the list asks for; a text query joins its
        // matches, which the database finds through its search index.
        var hql = new StringBuilder("select a").append(relevance ? ", " + score : "").append(" from Article a");
        // The search's inner join comes before the outer one, so the planner may start from it.
        match.ifPresent(m -> hql.append(m.join()));
        hql.append(" left join fetch a.heroImage where ");
        if (!where(query, now, hql, params)) {
            return List.of();
        }
        match.ifPresent(m -> hql.append(m.condition()));
        var cursor = query.cursor();
        if (relevance) {
            if (cursor != null) {
                hql.append(" and (").append(score).append(" < :score or (").append(score)
                        .append(" = :score and a.id < :id))");
                params.put("score", cursor.score());
                params.put("id", cursor.id());
            }
            hql.append(" order by ").append(score).append(" desc, a.id desc");
            var jpql = getEntityManager().createQuery(hql.toString(), Object[].class);
            params.forEach(jpql::setParameter);
            return jpql.setMaxResults(query.limit() + 1).getResultList().stream()
                    .map(row -> new Hit((Article) row[0], ((Number) row[1]).doubleValue())).toList();
        }
        var field = "a." + query.sort().field();
        if (cursor != null) {
            // The plain range condition lets the database start its index scan at the cursor
            // instead of walking every row before it.
            var op = query.sort().descending() ? "<" : ">";
            hql.append(" and ").append(field).append(op).append("= :at and (").append(field).append(op)
                    .append(" :at or a.id ").append(op).append(" :id)");
            params.put("at", cursor.at());
            params.put("id", cursor.id());
        } else if (query.sort() == ArticleSort.RECENTLY_UPDATED) {
            // Always true (updatedAt is set from the clock when stored), but it gives the planner
            // a range on updated_at, so H2 scans that index rather than sorting every row.
            hql.append(" and a.updatedAt <= :horizon");
            params.put("horizon", now.plus(1, ChronoUnit.DAYS));
        }
        // The order names the filter's equality column first and the nulls where the index keeps
        // them, so H2 as well as PostgreSQL reads the page straight off the index, unsorted.
        var dir = query.sort().descending() ? " desc" : " asc";
        hql.append(" order by ");
        if (query.section() != null) {
            hql.append("a.section.id").append(dir).append(", ");
        } else if (query.type() != null) {
            hql.append("a.type").append(dir).append(", ");
        }
        hql.append(field).append(dir).append(query.sort().descending() ? " nulls first" : " nulls last")
                .append(", a.id").append(dir);

        var jpql = getEntityManager().createQuery(hql.toString(), Article.class);
        params.forEach(jpql::setParameter);
        return jpql.setMaxResults(query.limit() + 1).getResultList().stream().map(a -> new Hit(a, 0)).toList();
    }

    /** How many visible articles match the query's filters, ignoring its cursor and limit. */
    public long count(ArticleQuery query, Instant now) {
        var params = new HashMap<String, Object>();
        var match = match(query, params);
        if (query.hasWords() && match.isEmpty()) {
            return 0;
        }
        var hql = new StringBuilder("select count(a) from Article a");
        match.ifPresent(m -> hql.append(m.join()));
        hql.append(" where ");
        if (!where(query, now, hql, params)) {
            return 0;
        }
        match.ifPresent(m -> hql.append(m.condition()));
        var count = getEntityManager().createQuery(hql.toString(), Long.class);
        params.forEach(count::setParameter);
        return count.getSingleResult();
    }

    private Optional<TextSearch.Match> match(ArticleQuery query, Map<String, Object> params) {
        return query.hasWords() ? search.match(query.words(), params) : Optional.empty();
    }

    /**
     * Appends the query's filters, but its text search, to {@code hql}; false when a filter
     * names something that does not exist, so nothing can match.
     */
    private boolean where(ArticleQuery query, Instant now, StringBuilder hql, Map<String, Object> params) {
        hql.append(VISIBLE).append(" and a.publishedAt <= :now");
        params.put("now", now);
        if (query.section() != null) {
            var section = idOf("Section", query.section());
            if (section.isEmpty()) {
                return false;
            }
            hql.append(" and a.section.id = :section");
            params.put("section", section.get());
        }
        if (query.type() != null) {
            hql.append(" and a.type = :type");
            params.put("type", query.type());
        }
        if (query.tag() != null) {
            var tag = idOf("Tag", query.tag());
            if (tag.isEmpty()) {
                return false;
            }
            hql.append(" and exists (select 1 from ArticleTag t where t.key.articleId = a.id and t.key.tagId = :tag)");
            params.put("tag", tag.get());
        }
        if (query.author() != null) {
            var author = idOf("Author", query.author());
            if (author.isEmpty()) {
                return false;
            }
            hql.append(" and exists (select 1 from ArticleAuthor w where w.key.articleId = a.id"
                    + " and w.key.authorId = :author)");
            params.put("author", author.get());
        }
        if (query.since() != null) {
            hql.append(" and a.publishedAt >= :since");
            params.put("since", query.since());
        }
        if (query.until() != null) {
            hql.append(" and a.publishedAt < :until");
            params.put("until", query.until());
        }
        return true;
    }

    private Optional<Long> idOf(String entity, String slug) {
        return getEntityManager().createQuery("select e.id from " + entity + " e where e.slug = :slug", Long.class)
                .setParameter("slug", slug).getResultStream().findFirst();
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
