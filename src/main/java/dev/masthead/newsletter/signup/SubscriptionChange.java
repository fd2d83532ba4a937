package dev.masthead.newsletter.signup;

import dev.masthead.newsletter.NewsletterListView;
import dev.masthead.newsletter.SubscriptionStatus;
import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a subscription stands after a confirmation or an unsubscribe. */
@Type("SubscriptionChange")
@Description("Where a subscription stands after a confirmation or an unsubscribe.")
@Schema(name = "SubscriptionChange", description = "Where a subscription stands after a confirmation or an unsubscribe.")
public record SubscriptionChange(
        @Description("CONFIRMED or UNSUBSCRIBED.") @Schema(required = true) @NonNull SubscriptionStatus status,
        @Description("The newsletter concerned.") @Schema(required = true) @NonNull NewsletterListView list,
        @Description("When it took effect, UTC.") @Schema(required = true) @NonNull Instant at) {
}
