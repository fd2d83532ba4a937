package dev.masthead.feeds;

import dev.masthead.content.article.ArticleSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a feed shows, before any format or link: the publication's name and description,
 * what the feed was narrowed to, and its newest articles with, for full-content feeds, their
 * bodies as HTML.
 *
 * @param publication the publication's name
 * @param title the publication's name, with what the feed was narrowed to
 * @param description what the publication is about, or null
 * @param section the section slug the feed was narrowed to, or null
 * @param articles newest first
 * @param bodies HTML bodies by article slug; empty for excerpt feeds
 * @param filterKeys the Surrogate-Key values of the filters (section-, author-, tag-)
 */
public record FeedContent(String publication, String title, String description, String section, List<ArticleSummary> articles,
        Map<String, String> bodies, List<String> filterKeys) {

    /** When the feed last changed: its most recently updated article's time, or the epoch for an empty feed. */
    public Instant updated() {
        return articles.stream().map(ArticleSummary::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
    }

    /** What the feed was built from, for Surrogate-Key: the list, the site, each article and each filter. */
    public List<String> surrogateKeys() {
        var keys = new ArrayList<String>();
        keys.add("articles");
        keys.add("site");
        keys.addAll(filterKeys);
        articles.forEach(a -> keys.add("article-" + a.slug()));
        return keys;
    }
}
