package dev.masthead.web.openapi;

import dev.masthead.webhooks.WebhookEventTypes;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The webhooks Masthead sends, under OpenAPI 3.1's {@code webhooks}: one entry per event type,
 * each a POST of {@code WebhookEvent} with the Standard Webhooks headers, so an integrator's
 * tools can generate a receiver from the same document as the client.
 */
@OpenApiFilter
public class WebhooksDocument implements OASFilter {

    private static final String EVENT_SCHEMA = "#/components/schemas/WebhookEvent";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        var webhooks = new TreeMap<String, PathItem>();
        var types = new ArrayList<>(WebhookEventTypes.ALL);
        types.add(WebhookEventTypes.PING);
        for (var type : types) {
            webhooks.put(type, OASFactory.createPathItem().POST(operation(type)));
        }
        openAPI.setWebhooks(webhooks);
    }

    private static org.eclipse.microprofile.openapi.models.Operation operation(String type) {
        var ping = WebhookEventTypes.PING.equals(type);
        return OASFactory.createOperation()
                .operationId(operationId(type))
                .summary(ping ? "A test event, sent by the ping operation" : "Masthead recorded a `" + type + "` change")
                .description("A POST of the event to every enabled endpoint whose `events` include `" + type + "` (or "
                        + "are empty), signed as Standard Webhooks says: verify `webhook-signature` over "
                        + "`webhook-id.webhook-timestamp.body` with the endpoint's secret before trusting the body, "
                        + "and use `webhook-id` to drop repeats: delivery is at least once, in order per entity.")
                .tags(List.of("Webhooks"))
                .parameters(List.of(
                        header("webhook-id", "The message's id, the same on every attempt and redelivery.",
                                "msg_1042_3"),
                        header("webhook-timestamp", "When this attempt was signed, in seconds since the epoch; refuse "
                                + "old ones (say, five minutes) to stop replays.", "1796140800"),
                        header("webhook-signature", "Space-separated `v1,<base64 HMAC-SHA256>` signatures: one per "
                                + "secret that signs now (two while a rotation overlaps).",
                                "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")))
                .requestBody(OASFactory.createRequestBody().required(true).content(OASFactory.createContent()
                        .addMediaType("application/json", OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(EVENT_SCHEMA)))))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse()
                                .description("Any 2xx acknowledges the delivery; the answer's body is not read."))
                        .addAPIResponse("410", OASFactory.createAPIResponse()
                                .description("Gone: Masthead disables the endpoint and sends it nothing more."))
                        .addAPIResponse("default", OASFactory.createAPIResponse()
                                .description("Anything else (redirects included), or no answer within "
                                        + "masthead.webhooks.timeout, is a failure: retried for about three days, "
                                        + "honouring Retry-After.")));
    }

    private static Parameter header(String name, String description, String example) {
        return OASFactory.createParameter().name(name).in(Parameter.In.HEADER).required(true).description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)).example(example);
    }

    /** {@code article.slug-changed} becomes {@code articleSlugChangedWebhook}. */
    static String operationId(String type) {
        var id = new StringBuilder();
        var upper = false;
        for (var c : type.toCharArray()) {
            if (c == '.' || c == '-') {
                upper = true;
            } else {
                id.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return id.append("Webhook").toString();
    }
}
