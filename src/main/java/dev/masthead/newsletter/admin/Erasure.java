package dev.masthead.newsletter.admin;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of erasing an address. */
@Schema(name = "Erasure", description = "What was erased.")
public record Erasure(
        @Schema(required = true, description = "The address, normalised.") String email,
        @Schema(required = true, description = "How many subscriptions (with their tokens and consent history) were deleted.") int subscriptionsErased) {
}
