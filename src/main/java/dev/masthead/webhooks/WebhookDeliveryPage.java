package dev.masthead.webhooks;

import dev.masthead.editorial.token.TokenPage;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of an endpoint's delivery log, newest first. */
@Schema(name = "WebhookDeliveryPage")
public record WebhookDeliveryPage(@Schema(required = true) List<WebhookDeliveryView> data,
        @Schema(required = true) TokenPage.PageInfo page) {
}
