package dev.masthead.content.article;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A calendar month (UTC) in which articles were published: how many are published now, and
 * the latest time one of them changed.
 */
public record ArchiveMonth(YearMonth month, long articles, Instant lastModified) {
}
