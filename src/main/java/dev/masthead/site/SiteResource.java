package dev.masthead.site;

import static dev.masthead.web.openapi.ApiDocs.PROBLEM;

import dev.masthead.web.problem.Problem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/site")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Site",
        description = "The publication's frame: name, navigation, social links and signup box.")
public class SiteResource {

    private final SiteService site;

    public SiteResource(SiteService site) {
        this.site = site;
    }

    @GET
    @Operation(operationId = "getSite", summary = "Get the publication's frame",
            description = "Name, description, social links, navigation and the newsletter signup box.")
    @APIResponse(responseCode = "200", description = "The site.",
            content = @Content(schema = @Schema(implementation = SiteView.class)))
    @APIResponse(responseCode = "404", description = "No site settings exist yet (demo content off and none created).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public SiteView site() {
        return site.site();
    }
}
