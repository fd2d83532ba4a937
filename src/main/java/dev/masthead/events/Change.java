package dev.masthead.events;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A change about to be recorded: what happened to which entity, its slugs before and after
 * (the same when the slug did not change; the old one null on creation, the new one null
 * on deletion), its version after the change and the surrogate keys of everything public
 * that showed it or shows it now.
 */
public record Change(ChangeKind kind, String entityType, long entityId, String oldSlug, String newSlug, Long version,
        Set<String> surrogateKeys) {

    public Change {
        surrogateKeys = Set.copyOf(new LinkedHashSet<>(surrogateKeys));
    }

    public static Change of(ChangeKind kind, String entityType, long entityId, String oldSlug, String newSlug,
            Long version, Collection<String> keys) {
        return new Change(kind, entityType, entityId, oldSlug, newSlug, version, new LinkedHashSet<>(keys));
    }
}
