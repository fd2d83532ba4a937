package dev.masthead.editorial.token;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An API token as listed: never its secret. */
@Schema(name = "ApiToken")
public record TokenView(
        @Schema(required = true, examples = "k3v9x2m7q1ab") String id,
        @Schema(required = true, examples = "Newsroom CMS") String name,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = Scope.class,
                examples = "[\"content:write\", \"content:preview\"]") List<String> scopes,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true, description = "The id of the token that created it.") String createdBy,
        @Schema(required = true, nullable = true, description = "Null: never expires.") Instant expiresAt,
        @Schema(required = true, nullable = true, description = "Updated at most once a minute.") Instant lastUsedAt,
        @Schema(required = true, nullable = true) Instant revokedAt) {

    static TokenView of(ApiToken token) {
        return new TokenView(token.id, token.name, Arrays.asList(token.scopes.split(" ")), token.createdAt,
                token.createdBy, token.expiresAt, token.lastUsedAt, token.revokedAt);
    }
}
