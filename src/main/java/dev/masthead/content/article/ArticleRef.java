package dev.masthead.content.article;

/** A visible article as other features refer to it: its id, slug and section. */
public record ArticleRef(long id, String slug, long sectionId) {
}
