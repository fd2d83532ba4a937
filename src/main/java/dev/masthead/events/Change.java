package dev.masthead.events;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A change about to be recorded: what happened to which entity, its slugs before and after
 * (the same when the slug did not change; the old one null on creation, the new one null
 * on deletion), its version after the change, the surrogate keys of everything public
 * that showed it or shows it now, and whether public reads could see the entity before
 * and after the change. The last decides what the public change feed may tell: nothing of
 * a change that was private on both sides (a draft's creation, edits, deletion).
 */
public record Change(ChangeKind kind, String entityType, long entityId, String oldSlug, String newSlug, Long version,
        Set<String> surrogateKeys, Visibility visibility) {

    public Change {
        surrogateKeys = Set.copyOf(new LinkedHashSet<>(surrogateKeys));
        Objects.requireNonNull(visibility, "every change says whether the public saw it");
    }

    public static Change of(ChangeKind kind, String entityType, long entityId, String oldSlug, String newSlug,
            Long version, Collection<String> keys, Visibility visibility) {
        return new Change(kind, entityType, entityId, oldSlug, newSlug, version, new LinkedHashSet<>(keys), visibility);
    }

    /**
     * Whether public reads could see the entity just before the change and just after it.
     * Sections, authors, tags and the site are public from creation to deletion; an article
     * only while published; an image counts as public while a published article or an
     * author shows it.
     */
    public record Visibility(boolean before, boolean after) {

        /** Public on both sides: an edit of something readers see. */
        public static final Visibility PUBLIC = new Visibility(true, true);
        /** Private on both sides: a draft's life, an unused image. Never in the public feed. */
        public static final Visibility PRIVATE = new Visibility(false, false);
        /** Becomes public: a publish, a new section. */
        public static final Visibility APPEARS = new Visibility(false, true);
        /** Leaves public view: an unpublish, an archive, a deletion. */
        public static final Visibility DISAPPEARS = new Visibility(true, false);

        /** The same on both sides. */
        public static Visibility unchanged(boolean visible) {
            return visible ? PUBLIC : PRIVATE;
        }

        /** From {@code before} to not visible: a deletion or withdrawal. */
        public static Visibility withdrawn(boolean before) {
            return before ? DISAPPEARS : PRIVATE;
        }
    }
}
