package dev.masthead.webhooks;

import dev.masthead.events.ChangeKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The event types an endpoint can ask for: {@code <entity>.<kind>}, as the change events name
 * entities and kinds ({@code article.published}, {@code section.slug-changed}), and
 * {@code webhook.ping}, which only the ping operation sends.
 */
public final class WebhookEventTypes {

    public static final String PING = "webhook.ping";

    private static final List<ChangeKind> TAXONOMY = List.of(ChangeKind.CREATED, ChangeKind.UPDATED,
            ChangeKind.SLUG_CHANGED, ChangeKind.DELETED);

    /** What each kind of entity can go through. */
    private static final Map<String, List<ChangeKind>> KINDS = Map.of(
            "article", List.of(ChangeKind.values()),
            "section", TAXONOMY,
            "author", TAXONOMY,
            "tag", TAXONOMY,
            "image", List.of(ChangeKind.CREATED, ChangeKind.UPDATED, ChangeKind.DELETED),
            "site", List.of(ChangeKind.CREATED, ChangeKind.UPDATED));

    /** Every type a change event can have, sorted. */
    public static final Set<String> ALL;

    static {
        var all = new TreeSet<String>();
        KINDS.forEach((entity, kinds) -> kinds.forEach(kind -> all.add(of(entity, kind))));
        ALL = Collections.unmodifiableSet(all);
    }

    private WebhookEventTypes() {
    }

    public static String of(String entityType, ChangeKind kind) {
        return entityType + "." + kind.wireName();
    }

    /** The types, for the OpenAPI document's enumeration. */
    static List<String> list() {
        return new ArrayList<>(ALL);
    }
}
