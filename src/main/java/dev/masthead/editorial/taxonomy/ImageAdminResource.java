package dev.masthead.editorial.taxonomy;

import dev.masthead.editorial.IfMatch;

import static dev.masthead.web.openapi.ApiDocs.PROBLEM;

import com.fasterxml.jackson.databind.JsonNode;
import dev.masthead.editorial.token.Scope;
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

/** Images: create, list, read, change (JSON Merge Patch) and delete. */
@Path("/api/v1/admin/images")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Image management", description = "Create, change and delete images; reads need any content scope.")
public class ImageAdminResource {

    private static final String IF_MATCH = "The image's ETag as GET answered it; required.";

    private final ImageAdminService images;
    private final Answers answers;

    public ImageAdminResource(ImageAdminService images, Answers answers) {
        this.images = images;
        this.answers = answers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scope.CONTENT_WRITE_NAME)
    @SecurityRequirement(name = "apiToken", scopes = Scope.CONTENT_WRITE_NAME)
    @Operation(operationId = "createImage", summary = "Create an image",
            description = "An image and the words that travel with it; its URL obeys the URL rule.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ImageInput.class)))
    @APIResponse(responseCode = "201", description = "Created; Location is its address, ETag its version.",
            headers = { @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(schema = @Schema(implementation = ImageAdminView.class)))
    @APIResponse(responseCode = "400", description = Docs.BAD_INPUT,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = Docs.UNSUPPORTED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response create(JsonNode body, @Context SecurityContext caller) {
        var created = images.create(body, caller.getUserPrincipal().getName());
        return answers.created("/api/v1/admin/images/" + created.id(), created);
    }

    @GET
    @RolesAllowed({ Scope.CONTENT_WRITE_NAME, Scope.CONTENT_PUBLISH_NAME, Scope.CONTENT_PREVIEW_NAME })
    @SecurityRequirement(name = "apiToken",
            scopes = { Scope.CONTENT_WRITE_NAME, Scope.CONTENT_PUBLISH_NAME, Scope.CONTENT_PREVIEW_NAME })
    @Operation(operationId = "listImages", summary = "List images for management",
            description = "Every image, newest first: hero images, portraits and images stored on their own.")
    @APIResponse(responseCode = "200", description = "A page of images.",
            content = @Content(schema = @Schema(implementation = ImageAdminPage.class)))
    @APIResponse(responseCode = "400", description = Docs.BAD_PARAMETER,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ImageAdminPage list(
            @QueryParam("limit") @DefaultValue("20") @Min(value = 1, message = "must be at least 1")
            @Max(value = 100, message = "must be at most 100") int limit,
            @Parameter(description = Docs.CURSOR) @QueryParam("cursor") String cursor) {
        return images.list(limit, cursor);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Scope.CONTENT_WRITE_NAME, Scope.CONTENT_PUBLISH_NAME, Scope.CONTENT_PREVIEW_NAME })
    @SecurityRequirement(name = "apiToken",
            scopes = { Scope.CONTENT_WRITE_NAME, Scope.CONTENT_PUBLISH_NAME, Scope.CONTENT_PREVIEW_NAME })
    @Operation(operationId = "getImage", summary = "Read an image for management",
            description = "The image with its version; send the ETag back in If-Match to change it.")
    @APIResponse(responseCode = "200", description = "The image; ETag is its version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ImageAdminView.class)))
    @APIResponse(responseCode = "404", description = Docs.NO_SUCH_ID,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") long id) {
        return answers.ok(images.get(id));
    }

    @PATCH
    @Path("{id}")
    @Consumes({ Answers.MERGE_PATCH, MediaType.APPLICATION_JSON })
    @RolesAllowed(Scope.CONTENT_WRITE_NAME)
    @SecurityRequirement(name = "apiToken", scopes = Scope.CONTENT_WRITE_NAME)
    @Operation(operationId = "updateImage", summary = "Change an image",
            description = "A JSON Merge Patch (RFC 7396) of ImageInput: fields left out stay, null removes an "
                    + "optional one. A focal point is set or removed whole (focalX with focalY). The hero image of "
                    + "a scheduled, published or archived article changes that article: it needs content:publish.")
    @RequestBody(required = true, content = {
            @Content(mediaType = Answers.MERGE_PATCH, schema = @Schema(implementation = ImageInput.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImageInput.class)) })
    @APIResponse(responseCode = "200", description = "The image as it now stands; ETag is its new version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ImageAdminView.class)))
    @APIResponse(responseCode = "400", description = Docs.BAD_INPUT,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = Docs.NO_SUCH_ID,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = Docs.STALE,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = Docs.UNSUPPORTED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = Docs.NO_IF_MATCH,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") long id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch,
            @Context SecurityContext caller) {
        return answers.ok(images.update(id, patch, IfMatch.require(ifMatch),
                caller.isUserInRole(Scope.CONTENT_PUBLISH_NAME), caller.getUserPrincipal().getName()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Scope.CONTENT_WRITE_NAME)
    @SecurityRequirement(name = "apiToken", scopes = Scope.CONTENT_WRITE_NAME)
    @Operation(operationId = "deleteImage", summary = "Delete an image",
            description = "Only an image that no article has as hero image and no author as portrait.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "406", ref = "#/components/responses/NotAcceptable")
    @APIResponse(responseCode = "404", description = Docs.NO_SUCH_ID,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Articles or authors still show the image; the detail says which and how many.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = Docs.STALE,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = Docs.NO_IF_MATCH,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") long id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext caller) {
        images.delete(id, IfMatch.require(ifMatch), caller.getUserPrincipal().getName());
    }
}
