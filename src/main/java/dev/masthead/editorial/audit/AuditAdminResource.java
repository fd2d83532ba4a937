package dev.masthead.editorial.audit;

import static dev.masthead.web.openapi.ApiDocs.BAD_REQUEST;
import static dev.masthead.web.openapi.ApiDocs.PROBLEM;

import dev.masthead.editorial.token.Scope;
import dev.masthead.web.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who changed what, and when. */
@Path("/api/v1/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Every management write and workflow action.")
@RolesAllowed(Scope.TOKENS_ADMIN_NAME)
@SecurityRequirement(name = "apiToken", scopes = Scope.TOKENS_ADMIN_NAME)
public class AuditAdminResource {

    private final Audit audit;

    public AuditAdminResource(Audit audit) {
        this.audit = audit;
    }

    @GET
    @Operation(operationId = "listAudit", summary = "Read the audit log", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "A page of audit entries.",
            content = @Content(schema = @Schema(implementation = AuditPage.class)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public AuditPage list(
            @QueryParam("limit") @DefaultValue("50") @Min(value = 1, message = "must be at least 1")
            @Max(value = 200, message = "must be at most 200") int limit,
            @QueryParam("cursor") String cursor) {
        return audit.page(limit, cursor);
    }
}
