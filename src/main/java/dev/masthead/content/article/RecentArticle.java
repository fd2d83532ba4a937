package dev.masthead.content.article;

import java.time.Instant;

/** What a news sitemap needs of one recently published article: its address, headline and publication time. */
public record RecentArticle(String slug, String sectionSlug, String headline, Instant publishedAt) {
}
