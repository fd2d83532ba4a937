package dev.masthead.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masthead.content.Urls;
import dev.masthead.editorial.taxonomy.Fields;
import dev.masthead.web.problem.InvalidParameterException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook endpoint as its manager writes it. */
@Schema(name = "WebhookInput", description = "POST takes it whole (url required); PATCH takes any of its fields as a "
        + "JSON Merge Patch.")
public record WebhookInput(
        @Schema(required = true, maxLength = Urls.MAX_LENGTH, description = "An http or https URL whose host "
                + "resolves to public addresses only.", examples = "https://hooks.example.com/masthead") String url,
        @Schema(maxLength = 500) String description,
        @Schema(description = "Event types to receive (`article.published` ...); empty or absent for all.",
                maxItems = WebhookInput.MAX_EVENTS) List<String> events,
        @Schema(description = "Absent: true.") Boolean enabled) {

    static final int MAX_EVENTS = 60;
    static final Set<String> FIELDS = Set.of("url", "description", "events", "enabled");

    /** Reads and checks a body; the address itself is checked by the caller, which resolves it. */
    static WebhookInput from(JsonNode body) {
        var fields = Fields.body(body, "a webhook endpoint", FIELDS);
        var url = fields.requiredText("url", Urls.MAX_LENGTH);
        checkUrl(url);
        return new WebhookInput(url, fields.optionalText("description", 500), events(fields), enabled(fields));
    }

    static JsonNode of(WebhookEndpoint endpoint, ObjectMapper json) {
        return json.valueToTree(new WebhookInput(endpoint.url, endpoint.description, endpoint.events(), endpoint.enabled));
    }

    String host() {
        return URI.create(url).getHost();
    }

    private static void checkUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new InvalidParameterException("url", "is not a URL: " + e.getReason());
        }
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new InvalidParameterException("url", "must be an absolute http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new InvalidParameterException("url", "must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidParameterException("url", "must not carry a user name or password; deliveries are "
                    + "signed instead");
        }
        if (uri.getRawFragment() != null) {
            throw new InvalidParameterException("url", "must not have a fragment");
        }
    }

    private static List<String> events(Fields fields) {
        if (!fields.has("events")) {
            return List.of();
        }
        var node = fields.value("events");
        if (!node.isArray()) {
            throw new InvalidParameterException("events", "must be an array of event types");
        }
        if (node.size() > MAX_EVENTS) {
            throw new InvalidParameterException("events", "may name at most " + MAX_EVENTS + " event types");
        }
        var events = new LinkedHashSet<String>();
        for (int i = 0; i < node.size(); i++) {
            var type = node.get(i);
            if (!type.isTextual() || !WebhookEventTypes.ALL.contains(type.asText())) {
                throw new InvalidParameterException("events[" + i + "]", "is not an event type; they are "
                        + String.join(", ", WebhookEventTypes.ALL));
            }
            events.add(type.asText());
        }
        return new ArrayList<>(events);
    }

    private static Boolean enabled(Fields fields) {
        if (!fields.has("enabled")) {
            return true;
        }
        if (!fields.value("enabled").isBoolean()) {
            throw new InvalidParameterException("enabled", "must be true or false");
        }
        return fields.value("enabled").booleanValue();
    }
}
