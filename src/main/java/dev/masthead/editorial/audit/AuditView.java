package dev.masthead.editorial.audit;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of the audit log. */
@Schema(name = "AuditEntry")
public record AuditView(
        @Schema(required = true) long id,
        @Schema(required = true) Instant time,
        @Schema(required = true, description = "The API token's id; `bootstrap` for MASTHEAD_ADMIN_TOKEN, "
                + "`scheduler` for scheduled publishing.", examples = "k3v9x2m7q1ab") String actor,
        @Schema(required = true, examples = "article.published") String action,
        @Schema(required = true, examples = "article") String entityType,
        @Schema(required = true, examples = "42") String entityId,
        @Schema(required = true, nullable = true) Long versionBefore,
        @Schema(required = true, nullable = true) Long versionAfter,
        @Schema(required = true, nullable = true) String detail) {

    static AuditView of(AuditEntry entry) {
        return new AuditView(entry.id, entry.occurredAt, entry.actor, entry.action, entry.entityType, entry.entityId,
                entry.versionBefore, entry.versionAfter, entry.detail);
    }
}
