package dev.masthead.editorial.preview;

import static dev.masthead.web.openapi.ApiDocs.PROBLEM;

import dev.masthead.editorial.token.Scope;
import dev.masthead.web.PublicUrls;
import dev.masthead.web.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Mints preview links: a short-lived URL that shows one article, published or not, to whoever has it. */
@Path("/api/v1/admin/articles/{id}/preview-link")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Preview", description = "Draft preview for frontends (Next.js draft mode, Nuxt preview).")
@RolesAllowed({Scope.CONTENT_PREVIEW_NAME, Scope.CONTENT_WRITE_NAME})
@SecurityRequirement(name = "apiToken", scopes = {Scope.CONTENT_PREVIEW_NAME, Scope.CONTENT_WRITE_NAME})
public class PreviewLinkResource {

    private final PreviewLinkService links;
    private final PublicUrls urls;

    public PreviewLinkResource(PreviewLinkService links, PublicUrls urls) {
        this.links = links;
        this.urls = urls;
    }

    @POST
    @Operation(operationId = "createPreviewLink", summary = "Create a preview link to an article",
            description = "A token that shows this one article, draft or scheduled, through GET "
                    + "/api/v1/articles/{slug}?preview=<token> and the GraphQL article query's preview argument, "
                    + "until expiresAt (masthead.preview.link-ttl, 1 hour unless configured). Anyone holding the "
                    + "link can read the article until then. The link names the article by id: after a slug "
                    + "change its old URL redirects to the new slug, token kept. No request body.")
    @APIResponse(responseCode = "201", description = "Created; Location is the preview URL, the same as url.",
            headers = @Header(name = "Location", description = "The preview URL.", required = true,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PreviewLinkView.class)))
    @APIResponse(responseCode = "404", description = "No article has that id, or it is archived.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response create(@Parameter(description = "The article's id.", example = "42") @PathParam("id") long id,
            @Context SecurityContext caller) {
        var link = links.mint(id, caller.getUserPrincipal().getName());
        var url = URI.create(urls.base() + "/api/v1/articles/" + link.slug() + "?preview=" + link.token());
        return Response.created(url)
                .entity(new PreviewLinkView(link.token(), link.expiresAt(), link.articleId(), url.toString()))
                .build();
    }
}
