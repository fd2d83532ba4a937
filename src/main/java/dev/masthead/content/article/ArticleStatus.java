package dev.masthead.content.article;

/**
 * Where an article stands in its life. Public reads show PUBLISHED articles only; a
 * SCHEDULED one becomes PUBLISHED when the publishing job fires at its time (and records
 * its change event then), so nothing goes live without an event. Drafts and archived
 * articles never appear.
 */
public enum ArticleStatus {
    DRAFT, SCHEDULED, PUBLISHED, ARCHIVED
}
