package dev.masthead.editorial.audit;

import dev.masthead.editorial.token.TokenPage;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the audit log, newest first. */
public record AuditPage(@Schema(required = true) List<AuditView> data, @Schema(required = true) TokenPage.PageInfo page) {
}
