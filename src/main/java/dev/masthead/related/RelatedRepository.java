package dev.masthead.related;

import dev.masthead.content.article.ArticleRef;
import dev.masthead.content.article.ArticleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The queries behind the related rail: what an article shares with others, the newest
 * articles sharing it, and the latest articles for a rail that would stay short. Each is
 * one indexed query whatever the archive's size.
 */
@ApplicationScoped
public class RelatedRepository {

    private final EntityManager entities;

    public RelatedRepository(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * What relates other articles to this one, in one query: its tags, its authors, and
     * the articles an editor pinned to it that are visible and not excluded, in the
     * editor's order.
     */
    public RelatedSignals signals(ArticleRef article, Collection<String> excluded, Instant now) {
        var hql = "select 'tag', t.key.tagId, 0 from ArticleTag t where t.key.articleId = :id"
                + " union all select 'author', w.key.authorId, 0 from ArticleAuthor w where w.key.articleId = :id"
                + " union all select 'pin', p.key.relatedArticleId, p.position from ArticleRelatedPin p, Article a"
                + " where p.key.articleId = :id and a.id = p.key.relatedArticleId and " + ArticleRepository.VISIBLE
                + " and a.publishedAt <= :now" + (excluded.isEmpty() ? "" : " and a.slug not in :excluded");
        var query = entities.createQuery(hql, Object[].class).setParameter("id", article.id())
                .setParameter("now", now);
        if (!excluded.isEmpty()) {
            query.setParameter("excluded", excluded);
        }
        var tags = new ArrayList<Long>();
        var authors = new ArrayList<Long>();
        var pins = new ArrayList<Object[]>();
        for (var row : query.getResultList()) {
            switch ((String) row[0]) {
                case "tag" -> tags.add((Long) row[1]);
                case "author" -> authors.add((Long) row[1]);
                default -> pins.add(row);
            }
        }
        pins.sort(Comparator.comparingInt(row -> ((Number) row[2]).intValue()));
        return new RelatedSignals(article.id(), article.slug(), article.sectionId(), tags, authors,
                pins.stream().map(row -> (Long) row[1]).toList());
    }

    /**
     * The newest visible articles that share the section, a tag or an author with the
     * source, with how much they share: one query that reads the publication index from
     * now backwards and stops after {@code max} matches, whatever the archive's size.
     */
    public List<RelatedCandidate> candidates(RelatedSignals source, Collection<String> excluded, Instant now,
            int max) {
        var tags = !source.tagIds().isEmpty();
        var authors = !source.authorIds().isEmpty();
        var hql = new StringBuilder("select a.id, a.slug, a.publishedAt, a.section.id, ")
                .append(tags ? "(select count(t) from ArticleTag t where t.key.articleId = a.id and t.key.tagId in :tags)"
                        : "0")
                .append(", ")
                .append(authors ? "(select count(w) from ArticleAuthor w where w.key.articleId = a.id"
                        + " and w.key.authorId in :authors)" : "0")
                .append(" from Article a where ").append(ArticleRepository.VISIBLE).append(" and a.publishedAt <= :now and a.id <> :id");
        if (!excluded.isEmpty()) {
            hql.append(" and a.slug not in :excluded");
        }
        hql.append(" and (a.section.id = :section");
        if (tags) {
            hql.append(" or exists (select 1 from ArticleTag x where x.key.articleId = a.id and x.key.tagId in :tags)");
        }
        if (authors) {
            hql.append(" or exists (select 1 from ArticleAuthor y where y.key.articleId = a.id"
                    + " and y.key.authorId in :authors)");
        }
        hql.append(") order by a.publishedAt desc nulls first, a.id desc");
        var query = entities.createQuery(hql.toString(), Object[].class)
                .setParameter("now", now).setParameter("id", source.id())
                .setParameter("section", source.sectionId());
        if (tags) {
            query.setParameter("tags", source.tagIds());
        }
        if (authors) {
            query.setParameter("authors", source.authorIds());
        }
        if (!excluded.isEmpty()) {
            query.setParameter("excluded", excluded);
        }
        return query.setMaxResults(max).getResultList().stream()
                .map(row -> new RelatedCandidate((Long) row[0], (String) row[1], (Instant) row[2],
                        ((Long) row[3]) == source.sectionId(), ((Number) row[4]).intValue(),
                        ((Number) row[5]).intValue()))
                .toList();
    }

    /** The newest visible articles other than the given ones, for rails that must not stay empty. */
    public List<Long> latestIds(Collection<Long> skip, Collection<String> excluded, Instant now, int max) {
        var hql = "select a.id from Article a where " + ArticleRepository.VISIBLE + " and a.publishedAt <= :now"
                + (skip.isEmpty() ? "" : " and a.id not in :skip")
                + (excluded.isEmpty() ? "" : " and a.slug not in :excluded")
                + " order by a.publishedAt desc nulls first, a.id desc";
        var query = entities.createQuery(hql, Long.class).setParameter("now", now);
        if (!skip.isEmpty()) {
            query.setParameter("skip", skip);
        }
        if (!excluded.isEmpty()) {
            query.setParameter("excluded", excluded);
        }
        return query.setMaxResults(max).getResultList();
    }
}
