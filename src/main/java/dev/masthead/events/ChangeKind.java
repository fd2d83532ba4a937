package dev.masthead.events;

/** What happened to an entity. Serialised in lower case with dashes: {@code slug-changed}. */
public enum ChangeKind {
    CREATED, UPDATED, PUBLISHED, UNPUBLISHED, ARCHIVED, DELETED, SLUG_CHANGED;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
