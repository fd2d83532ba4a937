package dev.masthead.related;

import dev.masthead.content.article.ArticleRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stored rankings of related teasers (tables related_set and related_teaser): read with one
 * indexed query, written whole for one article at a time.
 */
@ApplicationScoped
public class RelatedStore {

    private static final String VISIBLE = "status = 'PUBLISHED' and published_at <= ?";

    private final EntityManager entities;

    public RelatedStore(EntityManager entities) {
        this.entities = entities;
    }

    /** One stored teaser still visible to readers. */
    public record Teaser(long id, String slug) {
    }

    /**
     * An article's stored ranking: its teasers that are visible now, best first, and how many
     * were stored (some may have left public view since).
     */
    public record Ranked(List<Teaser> visible, int stored) {
    }

    /** The stored ranking of an article, empty when it has none yet. */
    @SuppressWarnings("unchecked")
    public Optional<Ranked> read(long articleId, Instant now) {
        List<Object[]> rows = entities.createNativeQuery("select t.related_id, a.slug from related_set s"
                        + " left join related_teaser t on t.article_id = s.article_id"
                        + " left join article a on a.id = t.related_id and a.status = 'PUBLISHED' and a.published_at <= ?1"
                        + " where s.article_id = ?2 order by t.position")
                .setParameter(1, now).setParameter(2, articleId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        var visible = new ArrayList<Teaser>();
        int stored = 0;
        for (var row : rows) {
            if (row[0] != null) {
                stored++;
                if (row[1] != null) {
                    visible.add(new Teaser(((Number) row[0]).longValue(), (String) row[1]));
                }
            }
        }
        return Optional.of(new Ranked(visible, stored));
    }

    /** Replaces the article's stored ranking. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replace(long articleId, List<Long> ranked, Instant now) {
        drop(articleId);
        entities.createNativeQuery("insert into related_set (article_id, computed_at) values (?1, ?2)")
                .setParameter(1, articleId).setParameter(2, now).executeUpdate();
        for (int i = 0; i < ranked.size(); i++) {
            entities.createNativeQuery("insert into related_teaser (article_id, position, related_id) values (?1, ?2, ?3)")
                    .setParameter(1, articleId).setParameter(2, i).setParameter(3, ranked.get(i)).executeUpdate();
        }
    }

    /** Forgets the article's stored ranking, and its teasers with it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void drop(long articleId) {
        entities.createNativeQuery("delete from related_set where article_id = ?1").setParameter(1, articleId)
                .executeUpdate();
    }

    /** The visible article with this id, if it is one. */
    @SuppressWarnings("unchecked")
    public Optional<ArticleRef> visible(long articleId, Instant now) {
        List<Object[]> rows = entities.createNativeQuery("select slug, section_id from article where id = ?1 and "
                        + VISIBLE.replace("?", "?2"))
                .setParameter(1, articleId).setParameter(2, now).getResultList();
        return rows.stream().findFirst()
                .map(row -> new ArticleRef(articleId, (String) row[0], ((Number) row[1]).longValue()));
    }

    /** The newest articles whose stored rankings show this one, newest first. */
    @SuppressWarnings("unchecked")
    public List<Long> railsShowing(long relatedId, int max) {
        List<Number> ids = entities.createNativeQuery("select t.article_id from related_teaser t"
                        + " join article a on a.id = t.article_id where t.related_id = ?1"
                        + " order by a.published_at desc, a.id desc")
                .setParameter(1, relatedId).setMaxResults(max).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Articles whose rankings were computed before {@code before}, oldest ranking first. */
    @SuppressWarnings("unchecked")
    public List<Long> computedBefore(Instant before, int max) {
        List<Number> ids = entities.createNativeQuery("select article_id from related_set where computed_at < ?1"
                        + " order by computed_at")
                .setParameter(1, before).setMaxResults(max).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** A visible article on the publication index: where a walk of the archive, newest first, stands. */
    public record Position(Instant publishedAt, long id) {
    }

    /**
     * The next {@code max} visible articles after {@code after} (null: from the newest) on the
     * publication index, newest first, and whether each has a stored ranking.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> walk(Position after, Instant now, int max) {
        var sql = "select a.id, a.published_at, (select count(*) from related_set s where s.article_id = a.id)"
                + " from article a where a.status = 'PUBLISHED' and a.published_at <= ?1"
                + (after == null ? "" : " and (a.published_at < ?2 or (a.published_at = ?2 and a.id < ?3))")
                + " order by a.published_at desc, a.id desc";
        var query = entities.createNativeQuery(sql).setParameter(1, now);
        if (after != null) {
            query.setParameter(2, after.publishedAt()).setParameter(3, after.id());
        }
        return query.setMaxResults(max).getResultList();
    }

    /** A timestamp as a native query returns it, whichever type the driver chose. */
    static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalArgumentException("Not a timestamp: " + value.getClass().getName());
    }
}
