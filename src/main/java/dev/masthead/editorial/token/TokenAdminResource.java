package dev.masthead.editorial.token;

import static dev.masthead.web.openapi.ApiDocs.BAD_REQUEST;
import static dev.masthead.web.openapi.ApiDocs.PROBLEM;
import static dev.masthead.web.openapi.ApiDocs.UNSUPPORTED;

import dev.masthead.web.PublicUrls;
import dev.masthead.web.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** API tokens: create (the token is shown once), list, read and revoke. */
@Path("/api/v1/admin/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tokens", description = "Scoped API tokens for editors' tools and integrations.")
@RolesAllowed(Scope.TOKENS_ADMIN_NAME)
@SecurityRequirement(name = "apiToken", scopes = Scope.TOKENS_ADMIN_NAME)
public class TokenAdminResource {

    private final TokenService tokens;
    private final PublicUrls urls;

    public TokenAdminResource(TokenService tokens, PublicUrls urls) {
        this.tokens = tokens;
        this.urls = urls;
    }

    @POST
    @Operation(operationId = "createToken", summary = "Create an API token",
            description = "Answers the token itself once, in `token`; only a hash is kept, so it cannot be shown again.")
    @APIResponse(responseCode = "201", description = "Created; Location is the token's address.",
            headers = @Header(name = "Location", description = "The token's address.", required = true,
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = CreatedToken.class)))
    @APIResponse(responseCode = "400", description = "A field is missing, unknown or invalid; the problem names it.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = UNSUPPORTED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull(message = "is required") TokenRequest request, @Context SecurityContext caller) {
        var created = tokens.create(request, caller.getUserPrincipal().getName());
        // At the configured public address: the request's Host is the client's to set.
        return Response.created(urls.of("/api/v1/admin/tokens/" + created.id(), null)).entity(created).build();
    }

    @GET
    @Operation(operationId = "listTokens", summary = "List API tokens", description = "Newest first, revoked ones included.")
    @APIResponse(responseCode = "200", description = "A page of tokens.",
            content = @Content(schema = @Schema(implementation = TokenPage.class)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public TokenPage list(
            @QueryParam("limit") @DefaultValue("20") @Min(value = 1, message = "must be at least 1")
            @Max(value = 100, message = "must be at most 100") int limit,
            @QueryParam("cursor") String cursor) {
        return tokens.list(limit, cursor);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getToken", summary = "Read an API token",
            description = "Its name, scopes, expiry, last use and revocation; never its secret.")
    @APIResponse(responseCode = "200", description = "The token, without its secret.",
            content = @Content(schema = @Schema(implementation = TokenView.class)))
    @APIResponse(responseCode = "404", description = "No token has that id.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public TokenView get(@PathParam("id") String id) {
        return tokens.get(id);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "revokeToken", summary = "Revoke an API token",
            description = "Every request with it is refused from now on; the token stays listed as revoked.")
    @APIResponse(responseCode = "200", description = "Revoked.",
            content = @Content(schema = @Schema(implementation = TokenView.class)))
    @APIResponse(responseCode = "404", description = "No token has that id.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public TokenView revoke(@PathParam("id") String id, @Context SecurityContext caller) {
        return tokens.revoke(id, caller.getUserPrincipal().getName());
    }
}
