package dev.masthead.newsletter.admin;

import static dev.masthead.web.openapi.ApiDocs.PROBLEM;
import static dev.masthead.web.openapi.ApiDocs.UNSUPPORTED;

import dev.masthead.editorial.token.Scope;
import dev.masthead.web.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Subscriber export and erasure, for data-protection requests. Needs the newsletter:admin scope. */
@Path("/api/v1/admin/newsletter")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Newsletter admin",
        description = "Export and erasure of a subscriber's data; needs an API token with newsletter:admin.")
@RolesAllowed(Scope.NEWSLETTER_ADMIN_NAME)
@SecurityRequirement(name = "apiToken", scopes = Scope.NEWSLETTER_ADMIN_NAME)
public class NewsletterAdminResource {

    private final SubscriberService subscribers;

    public NewsletterAdminResource(SubscriberService subscribers) {
        this.subscribers = subscribers;
    }

    @POST
    @Path("exports")
    @Operation(operationId = "exportSubscriber", summary = "Export a subscriber",
            description = "Every subscription of an address with its consent record and history. The address "
                    + "travels in the body so it stays out of access logs.")
    @APIResponse(responseCode = "200", description = "What is held; no subscriptions when the address is unknown.",
            content = @Content(schema = @Schema(implementation = SubscriberExport.class)))
    @APIResponse(responseCode = "400", description = "The address is invalid.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = UNSUPPORTED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public SubscriberExport export(@Valid @NotNull(message = "is required") AddressRequest request) {
        return subscribers.export(request.email());
    }

    @POST
    @Path("erasures")
    @Operation(operationId = "eraseSubscriber", summary = "Erase a subscriber",
            description = "Deletes every subscription of an address with its tokens and consent history; its "
                    + "mailed links stop working. Signing up again later starts afresh.")
    @APIResponse(responseCode = "200", description = "Erased; zero subscriptions when the address was unknown.",
            content = @Content(schema = @Schema(implementation = Erasure.class)))
    @APIResponse(responseCode = "400", description = "The address is invalid.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = UNSUPPORTED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Erasure erase(@Valid @NotNull(message = "is required") AddressRequest request) {
        return subscribers.erase(request.email());
    }
}
