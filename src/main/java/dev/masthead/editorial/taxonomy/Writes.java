package dev.masthead.editorial.taxonomy;

import dev.masthead.events.ChangeKind;
import dev.masthead.web.problem.ConflictException;
import io.quarkus.hibernate.orm.panache.Panache;
import org.hibernate.exception.ConstraintViolationException;

/** What every management write of this package does alike. */
final class Writes {

    private Writes() {
    }

    /**
     * Sends the write to the database now, so that a slug another transaction took in the
     * meantime is a 409 naming the field rather than a failed commit.
     */
    static void flush(String what, String slug) {
        try {
            Panache.getEntityManager().flush();
        } catch (ConstraintViolationException e) {
            throw new ConflictException("slug", "is taken: another " + what + " has the slug " + slug);
        }
    }

    /** The audit action of a change: {@code section.slug-changed}. */
    static String action(String entityType, ChangeKind kind) {
        return entityType + "." + kind.wireName();
    }

    static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
