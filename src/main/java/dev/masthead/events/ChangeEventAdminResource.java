package dev.masthead.events;

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

/** The outbox, read in commit order: every committed change of content, drafts included. */
@Path("/api/v1/admin/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Change events", description = "Every committed change, in commit order.")
@RolesAllowed({ Scope.WEBHOOKS_ADMIN_NAME, Scope.TOKENS_ADMIN_NAME })
@SecurityRequirement(name = "apiToken", scopes = { Scope.WEBHOOKS_ADMIN_NAME, Scope.TOKENS_ADMIN_NAME })
public class ChangeEventAdminResource {

    private final ChangeEvents events;

    public ChangeEventAdminResource(ChangeEvents events) {
        this.events = events;
    }

    @GET
    @Operation(operationId = "listChangeEvents", summary = "Read change events",
            description = "Events after the sequence number `after`, oldest first. Keep `page.last` and pass it back "
                    + "as `after` to read on; an event never appears below one already read.")
    @APIResponse(responseCode = "200", description = "A page of events.",
            content = @Content(schema = @Schema(implementation = ChangeEventPage.class)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ChangeEventPage list(
            @QueryParam("after") @DefaultValue("0") @Min(value = 0, message = "must be at least 0") long after,
            @QueryParam("limit") @DefaultValue("100") @Min(value = 1, message = "must be at least 1")
            @Max(value = 1000, message = "must be at most 1000") int limit) {
        return events.after(after, limit);
    }
}
