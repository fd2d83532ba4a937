package dev.masthead.editorial.token;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A token just made: the only answer that carries the token itself. */
@Schema(name = "CreatedApiToken")
public record CreatedToken(
        @Schema(required = true, examples = "k3v9x2m7q1ab") String id,
        @Schema(required = true) String name,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = Scope.class) List<String> scopes,
        @Schema(required = true, description = "Send as Authorization: Bearer <token>. Shown only here, never again.",
                examples = "mh_k3v9x2m7q1ab_8yP0c6bX3o0m2QeJw3n7sYx1rT4uV9aZ5dF2gH8jK0l") String token,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true, nullable = true) Instant expiresAt) {
}
