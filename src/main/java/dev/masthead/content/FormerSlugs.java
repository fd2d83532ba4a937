package dev.masthead.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;

/**
 * Slugs that sections, authors and tags used to have (V8). The public API answers a former
 * slug with a 301 to the current one, as it does for articles; the management API keeps the
 * tables up to date when a slug changes. In the caller's transaction.
 */
@ApplicationScoped
public class FormerSlugs {

    /** What a former slug belonged to; each has its own table. */
    public enum Kind {
        SECTION("section_slug_history", "section_id", "section"),
        AUTHOR("author_slug_history", "author_id", "author"),
        TAG("tag_slug_history", "tag_id", "tag");

        private final String table;
        private final String column;
        private final String owner;

        Kind(String table, String column, String owner) {
            this.table = table;
            this.column = column;
            this.owner = owner;
        }
    }

    private final EntityManager entities;

    public FormerSlugs(EntityManager entities) {
        this.entities = entities;
    }

    /** The current slug of whatever once had {@code slug}; empty when nothing had it. */
    public Optional<String> current(Kind kind, String slug) {
        if (!Slugs.isValid(slug)) {
            return Optional.empty();
        }
        return entities.createNativeQuery("select o.slug from " + kind.table + " h join " + kind.owner + " o on o.id = h."
                + kind.column + " where h.slug = ?1", String.class)
                .setParameter(1, slug).getResultStream().map(String.class::cast).findFirst();
    }

    /** Records that {@code id} no longer has {@code slug}; it then answers with a redirect. */
    public void retire(Kind kind, String slug, long id, Instant at) {
        release(kind, slug);
        entities.createNativeQuery("insert into " + kind.table + " (slug, " + kind.column + ", retired_at) values (?1, ?2, ?3)")
                .setParameter(1, slug).setParameter(2, id).setParameter(3, at).executeUpdate();
    }

    /** Forgets {@code slug} as anyone's former slug: a row has just taken it as its own. */
    public void release(Kind kind, String slug) {
        entities.createNativeQuery("delete from " + kind.table + " where slug = ?1").setParameter(1, slug).executeUpdate();
    }
}
