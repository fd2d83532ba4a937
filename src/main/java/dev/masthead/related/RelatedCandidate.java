package dev.masthead.related;

import java.time.Instant;

/** An article that may relate to another, with what the two share. */
public record RelatedCandidate(long id, String slug, Instant publishedAt, boolean sameSection, int sharedTags, int sharedAuthors) {
}
