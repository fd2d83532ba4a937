package dev.masthead.newsletter.admin;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An address an admin request is about; sent in the body so it stays out of access logs. */
@Schema(name = "AddressRequest", description = "The address an export or erasure is about.")
public record AddressRequest(
        @Schema(required = true, examples = "reader@example.com")
        @NotNull(message = "is required") @Size(max = 320, message = "must be at most 320 characters") String email) {
}
