package dev.masthead.content.article;

/** How many articles match a list's filters: exact up to a cap, the cap itself when {@code capped}. */
public record ArticleCount(int total, boolean capped) {
}
