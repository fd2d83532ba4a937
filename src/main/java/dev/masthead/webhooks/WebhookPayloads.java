package dev.masthead.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masthead.events.ChangeEvent;
import dev.masthead.web.PublicUrls;
import dev.masthead.web.frontend.FrontendUrls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns change events into the bytes a webhook sends. */
@ApplicationScoped
public class WebhookPayloads {

    private final ObjectMapper json;
    private final PublicUrls api;
    private final FrontendUrls pages;
    private final EntityManager entities;

    public WebhookPayloads(ObjectMapper json, PublicUrls api, FrontendUrls pages, EntityManager entities) {
        this.json = json;
        this.api = api;
        this.pages = pages;
        this.entities = entities;
    }

    /**
     * The payloads of these events, by sequence number. Article pages need the article's
     * section, read in one query for the whole batch.
     */
    public Map<Long, String> of(Collection<ChangeEvent> events) {
        var articleIds = events.stream().filter(e -> "article".equals(e.entityType) && e.newSlug != null)
                .map(e -> e.entityId).distinct().toList();
        Map<Long, String> sections = new HashMap<>();
        if (!articleIds.isEmpty()) {
            entities.createQuery("select a.id, s.slug from Article a join a.section s where a.id in :ids", Object[].class)
                    .setParameter("ids", articleIds).getResultList()
                    .forEach(row -> sections.put((Long) row[0], (String) row[1]));
        }
        var payloads = new HashMap<Long, String>();
        for (var event : events) {
            var keys = event.surrogateKeys.isEmpty() ? List.<String>of() : Arrays.asList(event.surrogateKeys.split(" "));
            var data = new WebhookEvent.Data(event.seq, event.entityType, event.entityId, event.kind.wireName(),
                    event.newSlug, event.oldSlug, event.version, event.publicAfter, urls(event, sections.get(event.entityId)), keys);
            payloads.put(event.seq, write(new WebhookEvent(WebhookEventTypes.of(event.entityType, event.kind),
                    event.occurredAt, data)));
        }
        return payloads;
    }

    /** The ping's body. */
    public String ping(long endpointId, Instant now) {
        return write(new WebhookEvent(WebhookEventTypes.PING, now, new WebhookEvent.Data(null, "webhook", endpointId,
                "ping", null, null, null, false, null, List.of())));
    }

    private WebhookEvent.Urls urls(ChangeEvent event, String sectionSlug) {
        var slug = event.newSlug;
        if (slug == null && !"site".equals(event.entityType)) {
            return null;
        }
        return switch (event.entityType) {
            case "article" -> new WebhookEvent.Urls(api.base() + "/api/v1/articles/" + slug,
                    sectionSlug == null ? null : pages.article(sectionSlug, slug));
            case "section" -> new WebhookEvent.Urls(api.base() + "/api/v1/sections/" + slug, pages.section(slug));
            case "author" -> new WebhookEvent.Urls(api.base() + "/api/v1/authors/" + slug, null);
            case "tag" -> new WebhookEvent.Urls(api.base() + "/api/v1/tags/" + slug, null);
            case "site" -> new WebhookEvent.Urls(api.base() + "/api/v1/site", pages.home());
            default -> null;
        };
    }

    private String write(WebhookEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A webhook event always serialises", e);
        }
    }
}
