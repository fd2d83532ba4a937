package dev.masthead.webhooks;

import static dev.masthead.web.openapi.ApiDocs.PROBLEM;

import com.fasterxml.jackson.databind.JsonNode;
import dev.masthead.editorial.IfMatch;
import dev.masthead.editorial.token.Scope;
import dev.masthead.web.PublicUrls;
import dev.masthead.web.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Webhook endpoints: register, change, rotate secrets, read the delivery log, ping and redeliver. */
@Path("/api/v1/admin/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Signed deliveries of every change event to the endpoints you register "
        + "(Standard Webhooks).")
@RolesAllowed(Scope.WEBHOOKS_ADMIN_NAME)
@SecurityRequirement(name = "apiToken", scopes = Scope.WEBHOOKS_ADMIN_NAME)
public class WebhookAdminResource {

    private static final String IF_MATCH = "The endpoint's ETag as GET answered it; required.";
    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String BAD_INPUT = "A field is unknown, of the wrong type, missing or out of range (a URL "
            + "that is not http or https, an unknown event type); the problem names the field.";
    private static final String BAD_ADDRESS = "The URL's host does not resolve, or resolves to a loopback, private, "
            + "link-local or cloud metadata address; the problem names url.";
    private static final String NOT_FOUND = "No endpoint has that id.";
    private static final String STALE = "If-Match names a version that is no longer current; GET it again.";
    private static final String NO_IF_MATCH = "No If-Match: send the ETag of the version you change.";
    private static final String UNSUPPORTED = "The body is not JSON, or has no Content-Type.";
    private static final String BAD_PAGE = "limit or cursor is malformed; the problem names it.";

    private final WebhookService webhooks;
    private final PublicUrls urls;

    public WebhookAdminResource(WebhookService webhooks, PublicUrls urls) {
        this.webhooks = webhooks;
        this.urls = urls;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Register a webhook endpoint",
            description = "From now on every change event of the types it asks for is sent to it, signed with its "
                    + "secret, which this answer shows once.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = WebhookInput.class)))
    @APIResponse(responseCode = "201", description = "Registered; the answer carries the secret. Location is its "
            + "address, ETag its version.",
            headers = { @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "400", description = BAD_INPUT,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "As many endpoints as allowed exist already.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = UNSUPPORTED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = BAD_ADDRESS,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response create(JsonNode body, @Context SecurityContext caller) {
        var created = webhooks.create(body, caller.getUserPrincipal().getName());
        return Response.created(urls.of("/api/v1/admin/webhooks/" + created.id(), null)).entity(created)
                .tag(IfMatch.etag(created.version())).build();
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "List webhook endpoints",
            description = "Oldest first, without their secrets.")
    @APIResponse(responseCode = "200", description = "A page of endpoints.",
            content = @Content(schema = @Schema(implementation = WebhookPage.class)))
    @APIResponse(responseCode = "400", description = BAD_PAGE,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public WebhookPage list(
            @QueryParam("limit") @DefaultValue("20") @Min(value = 1, message = "must be at least 1")
            @Max(value = 100, message = "must be at most 100") int limit,
            @Parameter(description = "page.nextCursor of the previous page.") @QueryParam("cursor") String cursor) {
        return webhooks.list(limit, cursor);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getWebhook", summary = "Read a webhook endpoint",
            description = "With its state: enabled, why it was disabled, since when it fails.")
    @APIResponse(responseCode = "200", description = "The endpoint; ETag is its version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") long id) {
        return versioned(webhooks.get(id));
    }

    @PATCH
    @Path("{id}")
    @Consumes({ MERGE_PATCH, MediaType.APPLICATION_JSON })
    @Operation(operationId = "updateWebhook", summary = "Change a webhook endpoint",
            description = "A JSON Merge Patch (RFC 7396) of WebhookInput. `enabled: true` brings a disabled endpoint "
                    + "back; events from while it was disabled are not sent (redeliver them from the log).")
    @RequestBody(required = true, content = {
            @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = WebhookInput.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookInput.class)) })
    @APIResponse(responseCode = "200", description = "The endpoint as it now stands; ETag is its new version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "400", description = BAD_INPUT,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = STALE,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = UNSUPPORTED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = BAD_ADDRESS,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = NO_IF_MATCH,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") long id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch,
            @Context SecurityContext caller) {
        return versioned(webhooks.update(id, patch, IfMatch.require(ifMatch), caller.getUserPrincipal().getName()));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook endpoint",
            description = "With its delivery log; deliveries still waiting are not sent.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "406", ref = "#/components/responses/NotAcceptable")
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = STALE,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = NO_IF_MATCH,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") long id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext caller) {
        webhooks.delete(id, IfMatch.require(ifMatch), caller.getUserPrincipal().getName());
    }

    @POST
    @Path("{id}/rotate-secret")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate an endpoint's signing secret",
            description = "A new secret, shown in this answer only. For `overlap` (an ISO 8601 duration up to P7D, "
                    + "PT24H when absent, PT0S for none; send `{}` for the default) the former secret signs too: webhook-signature then carries "
                    + "both signatures, so the receiver can switch without losing a delivery.")
    @RequestBody(required = true, description = "A JSON object; `{}` for the default overlap.",
            content = @Content(schema = @Schema(implementation = RotationInput.class)))
    @APIResponse(responseCode = "200", description = "Rotated; the answer carries the new secret.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "400", description = "overlap is not a duration from PT0S to P7D.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = STALE,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = UNSUPPORTED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = NO_IF_MATCH,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response rotateSecret(@PathParam("id") long id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode body,
            @Context SecurityContext caller) {
        return versioned(webhooks.rotateSecret(id, body, IfMatch.require(ifMatch), caller.getUserPrincipal().getName()));
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "Read an endpoint's delivery log",
            description = "Deliveries newest first, each with its latest attempts: time, status code, latency, "
                    + "error. Kept for masthead.webhooks.log-retention (30 days).")
    @APIResponse(responseCode = "200", description = "A page of deliveries.",
            content = @Content(schema = @Schema(implementation = WebhookDeliveryPage.class)))
    @APIResponse(responseCode = "400", description = BAD_PAGE,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public WebhookDeliveryPage deliveries(@PathParam("id") long id,
            @QueryParam("limit") @DefaultValue("20") @Min(value = 1, message = "must be at least 1")
            @Max(value = 100, message = "must be at most 100") int limit,
            @Parameter(description = "page.nextCursor of the previous page.") @QueryParam("cursor") String cursor) {
        return webhooks.deliveries(id, limit, cursor);
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/redeliver")
    @Operation(operationId = "redeliverWebhook", summary = "Send a delivery again",
            description = "Queues it again with the same webhook-id and body, freshly signed, and retried as any "
                    + "delivery.")
    @APIResponse(responseCode = "202", description = "Queued; the delivery as it stands.",
            content = @Content(schema = @Schema(implementation = WebhookDeliveryView.class)))
    @APIResponse(responseCode = "404", description = "No endpoint has that id, or no delivery of it that id.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The endpoint is disabled; enable it first.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response redeliver(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
        return Response.accepted(webhooks.redeliver(id, deliveryId)).build();
    }

    @POST
    @Path("{id}/ping")
    @Operation(operationId = "pingWebhook", summary = "Send a test event",
            description = "Sends a signed `webhook.ping` now, once, even to a disabled endpoint, and answers with "
                    + "the attempt: status code, latency, error. It is logged as any delivery.")
    @APIResponse(responseCode = "200", description = "The ping's delivery: `delivered`, or `failed` with the error.",
            content = @Content(schema = @Schema(implementation = WebhookDeliveryView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public WebhookDeliveryView ping(@PathParam("id") long id) {
        return webhooks.ping(id);
    }

    private static Response versioned(WebhookView view) {
        return Response.ok(view).tag(IfMatch.etag(view.version())).build();
    }

    /** The body of a rotation, for the document. */
    @Schema(name = "WebhookSecretRotationInput")
    record RotationInput(@Schema(description = "How long the former secret keeps signing: an ISO 8601 duration "
            + "from PT0S to P7D; PT24H when absent.", examples = "PT24H") String overlap) {
    }
}
