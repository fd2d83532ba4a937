package dev.masthead.content.article;

import dev.masthead.database.PublicRead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The published archive month by month (UTC), for sitemaps. Every query reads a range of
 * article (published_at, id), the index V1 made for the newest-first lists, and selects
 * columns, not entities. Only what {@link ArticleRepository#VISIBLE} lets a reader see is
 * counted: drafts have no publication time, and a scheduled article joins its month when the
 * publishing job makes it PUBLISHED.
 */
@PublicRead
@ApplicationScoped
public class ArticleArchive {

    private final EntityManager entities;

    public ArticleArchive(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * The months that hold published articles, oldest first, at most {@code max}. The
     * database has no index on a month expression (H2 refuses expression indexes), so the
     * months are found by skipping through the published_at index: one seek for the first
     * publication at or after the start of the next month, one count over the month found.
     * That is two indexed statements per month that has articles, whatever the months in
     * between; the counts read each month's index range once, so the whole answer reads the
     * archive's index entries once.
     */
    @Transactional
    public List<ArchiveMonth> months(int max) {
        var months = new ArrayList<ArchiveMonth>();
        Instant from = null;
        while (months.size() < max) {
            // The first in index order rather than min(): H2 reads min() with a condition off the
            // whole range, where an ordered scan stops at its first row on both databases.
            var first = entities.createQuery("select a.publishedAt from Article a where " + ArticleRepository.VISIBLE
                    + (from == null ? "" : " and a.publishedAt >= :from") + " order by a.publishedAt, a.id",
                    Instant.class).setMaxResults(1);
            if (from != null) {
                first.setParameter("from", from);
            }
            var found = first.getResultList();
            if (found.isEmpty()) {
                break;
            }
            var month = YearMonth.from(found.get(0).atOffset(ZoneOffset.UTC));
            var summary = entities.createQuery("select count(a), max(a.updatedAt) from Article a where "
                    + ArticleRepository.VISIBLE + " and a.publishedAt >= :start and a.publishedAt < :end", Object[].class)
                    .setParameter("start", start(month)).setParameter("end", start(month.plusMonths(1)))
                    .getSingleResult();
            months.add(new ArchiveMonth(month, (Long) summary[0], (Instant) summary[1]));
            from = start(month.plusMonths(1));
        }
        return months;
    }

    /**
     * Up to {@code max} articles published in the month, after skipping {@code offset}, in
     * publication order (then id, a total order, so pages never overlap).
     */
    @Transactional
    public List<ArchivedArticle> inMonth(YearMonth month, int offset, int max) {
        return entities.createQuery("select new dev.masthead.content.article.ArchivedArticle("
                + "a.slug, s.slug, a.publishedAt, a.updatedAt) from Article a join a.section s where "
                + ArticleRepository.VISIBLE + " and a.publishedAt >= :start and a.publishedAt < :end"
                + " order by a.publishedAt, a.id", ArchivedArticle.class)
                .setParameter("start", start(month)).setParameter("end", start(month.plusMonths(1)))
                .setFirstResult(offset).setMaxResults(max).getResultList();
    }

    /** Up to {@code max} articles published at or after {@code since} and not after {@code until}, newest first. */
    @Transactional
    public List<RecentArticle> publishedBetween(Instant since, Instant until, int max) {
        return entities.createQuery("select new dev.masthead.content.article.RecentArticle("
                + "a.slug, s.slug, a.headline, a.publishedAt) from Article a join a.section s where "
                + ArticleRepository.VISIBLE + " and a.publishedAt >= :since and a.publishedAt <= :until"
                + " order by a.publishedAt desc, a.id desc", RecentArticle.class)
                .setParameter("since", since).setParameter("until", until)
                .setMaxResults(max).getResultList();
    }

    private static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
