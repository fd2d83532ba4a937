package dev.masthead.newsletter.signup;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The one answer every accepted signup gets, whether the address is new, pending,
 * confirmed or unsubscribed, so the answer tells no one who subscribes.
 */
@Type("SignupAccepted")
@Description("A signup was accepted. The answer is the same whatever the address's state, so it reveals nothing about subscribers.")
@Schema(name = "SignupAccepted", description = "A signup was accepted. The answer is the same whatever the address's state.")
public record SignupAccepted(
        @Description("Always accepted.") @Schema(required = true, examples = "accepted") @NonNull String status,
        @Description("What the reader should do next, ready to show.") @Schema(required = true) @NonNull String message) {

    static final SignupAccepted INSTANCE = new SignupAccepted("accepted",
            "Thanks. If this address is not subscribed yet, a confirmation link is on its way; open it to finish.");
}
