package dev.masthead.content.article;

import java.time.Instant;

/**
 * What a sitemap needs of one published article, and nothing more: its address (slug and
 * section slug), when it went live and when it last changed. A projection, never an entity,
 * so a month of fifty thousand articles costs fifty thousand small rows.
 */
public record ArchivedArticle(String slug, String sectionSlug, Instant publishedAt, Instant updatedAt) {
}
