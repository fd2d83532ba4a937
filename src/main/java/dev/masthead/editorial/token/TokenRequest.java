package dev.masthead.editorial.token;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a new token is called, what it may do and, optionally, when it stops working. */
@Schema(name = "ApiTokenInput")
public record TokenRequest(
        @Schema(required = true, examples = "Newsroom CMS") @NotBlank(message = "is required") @Size(max = 200,
                message = "may be at most 200 characters") String name,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = Scope.class, examples = "[\"content:write\"]",
                description = "Each scope once.")
        @NotEmpty(message = "must name at least one scope") @Size(max = 6, message = "may name each scope once")
        List<@NotNull(message = "may not hold null") String> scopes,
        @Schema(description = "When the token stops working; in the future. Absent: never.") Instant expiresAt) {
}
