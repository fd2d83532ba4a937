package dev.masthead.content.article;

/**
 * Where an article stands in its life. Public reads show PUBLISHED articles and SCHEDULED
 * ones whose time has come; drafts and archived articles never appear.
 */
public enum ArticleStatus {
    DRAFT, SCHEDULED, PUBLISHED, ARCHIVED
}
