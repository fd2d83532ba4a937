package dev.masthead.newsletter;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A newsletter as a signup box presents it. */
@Type("NewsletterList")
@Description("A newsletter readers can subscribe to.")
@Schema(name = "NewsletterList", description = "A newsletter readers can subscribe to.")
public record NewsletterListView(
        @Description("Stable identifier.") @Schema(required = true, examples = "weekly-round-up") @NonNull String slug,
        @Description("Display name.") @Schema(required = true, examples = "Weekly round-up") @NonNull String name,
        @Description("The invitation shown in the signup box.") @Schema(required = true) @NonNull String blurb,
        @Description("How often it goes out, e.g. weekly.") @Schema(required = true, nullable = true) String cadence,
        @Name("isDefault") @Description("Whether signups without a list go to this one.")
        @Schema(required = true) boolean isDefault) {

    public static NewsletterListView of(NewsletterList list) {
        return new NewsletterListView(list.slug, list.name, list.blurb, list.cadence, list.isDefault);
    }
}
