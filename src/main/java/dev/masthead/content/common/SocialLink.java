package dev.masthead.content.common;

import jakarta.persistence.Embeddable;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A link to a profile on a social network. */
@Embeddable
@Type("SocialLink")
@Description("A link to a profile on a social network.")
@Schema(name = "SocialLink", description = "A link to a profile on a social network.")
public record SocialLink(
        @Description("Network name, lower case.") @Schema(required = true, examples = "bluesky") @NonNull String network,
        @Description("Profile URL.") @Schema(required = true, examples = "https://bsky.app/profile/example") @NonNull String url) {
}
