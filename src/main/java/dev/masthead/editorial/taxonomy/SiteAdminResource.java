package dev.masthead.editorial.taxonomy;

import static dev.masthead.web.openapi.ApiDocs.PROBLEM;

import com.fasterxml.jackson.databind.JsonNode;
import dev.masthead.editorial.token.Scope;
import dev.masthead.web.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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

/** The site's settings: read and change. */
@Path("/api/v1/admin/site")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Site management", description = "The site's name, links, navigation and newsletter blurb.")
public class SiteAdminResource {

    private final SiteAdminService site;
    private final Answers answers;

    public SiteAdminResource(SiteAdminService site, Answers answers) {
        this.site = site;
        this.answers = answers;
    }

    @GET
    @RolesAllowed({ Scope.CONTENT_WRITE_NAME, Scope.CONTENT_PUBLISH_NAME, Scope.CONTENT_PREVIEW_NAME })
    @SecurityRequirement(name = "apiToken",
            scopes = { Scope.CONTENT_WRITE_NAME, Scope.CONTENT_PUBLISH_NAME, Scope.CONTENT_PREVIEW_NAME })
    @Operation(operationId = "getSiteSettings", summary = "Read the site's settings",
            description = "Name, description, address, social links, navigation and newsletter blurb, with the ETag a change sends back.")
    @APIResponse(responseCode = "200", description = "The settings; ETag is their version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SiteAdminView.class)))
    @APIResponse(responseCode = "404", description = "No site settings exist yet (demo content off and none created).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response get() {
        return answers.ok(site.get());
    }

    @PATCH
    @Consumes({ Answers.MERGE_PATCH, MediaType.APPLICATION_JSON })
    @RolesAllowed(Scope.CONTENT_WRITE_NAME)
    @SecurityRequirement(name = "apiToken", scopes = Scope.CONTENT_WRITE_NAME)
    @Operation(operationId = "updateSiteSettings", summary = "Change the site's settings",
            description = "A JSON Merge Patch (RFC 7396) of SiteInput with If-Match. navigation sets the sections' "
                    + "positions; newsletterBlurb is the default newsletter's. When no settings exist yet, send "
                    + "If-None-Match: * and the whole SiteInput to create them.")
    @RequestBody(required = true, content = {
            @Content(mediaType = Answers.MERGE_PATCH, schema = @Schema(implementation = SiteInput.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteInput.class)) })
    @APIResponse(responseCode = "200", description = "The settings as they now stand; ETag is their new version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SiteAdminView.class)))
    @APIResponse(responseCode = "400", description = Docs.BAD_INPUT,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = Docs.STALE,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = Docs.UNSUPPORTED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "navigation names a section that does not exist, or "
            + "newsletterBlurb is set without a default newsletter (or removed with one).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = Docs.NO_IF_MATCH,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response update(
            @Parameter(description = "The settings' ETag as GET answered it.") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "* to create the settings when none exist yet.")
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            JsonNode patch, @Context SecurityContext caller) {
        var createOnly = ifNoneMatch != null && ifNoneMatch.strip().equals("*");
        return answers.ok(site.update(patch, ifMatch, createOnly, caller.getUserPrincipal().getName()));
    }
}
