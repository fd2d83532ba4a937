package dev.masthead.related;

import java.util.List;

/** What relates other articles to one: its section, tags and authors, and the editor's pins still visible. */
public record RelatedSignals(long id, String slug, long sectionId, List<Long> tagIds, List<Long> authorIds,
        List<Long> pinnedIds) {
}
