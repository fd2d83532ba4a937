package dev.masthead.webhooks;

import dev.masthead.editorial.token.TokenPage;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The webhook endpoints, oldest first. */
@Schema(name = "WebhookPage")
public record WebhookPage(@Schema(required = true) List<WebhookView> data,
        @Schema(required = true) TokenPage.PageInfo page) {
}
