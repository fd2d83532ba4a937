package dev.masthead.newsletter.signup;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A token taken from a mailed link. */
@Schema(name = "TokenRequest", description = "A token taken from a mailed link.")
public record TokenRequest(
        @Schema(required = true, examples = "q3Xv0b7r9nTQm5kC2hJ8wLz1pYdA6sFeGuIo4RtVxNc")
        @NotNull(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String token) {
}
