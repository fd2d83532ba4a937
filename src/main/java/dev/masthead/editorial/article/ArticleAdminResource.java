package dev.masthead.editorial.article;

import static dev.masthead.web.openapi.ApiDocs.PROBLEM;

import com.fasterxml.jackson.databind.JsonNode;
import dev.masthead.content.article.ArticleStatus;
import dev.masthead.editorial.IfMatch;
import dev.masthead.editorial.token.Scope;
import dev.masthead.web.PublicUrls;
import dev.masthead.web.problem.InvalidParameterException;
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
import java.util.Locale;
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

/**
 * Articles for editors: drafts, edits, the workflow and revisions. Changes need If-Match
 * with the ETag last read (428 without, 412 when another save came first).
 */
@Path("/api/v1/admin/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Managing articles", description = "Drafts, edits, scheduling, publishing and revisions.")
public class ArticleAdminResource {

    static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String IF_MATCH = "The ETag of the version this change was made from.";

    private final ArticleEditor editor;
    private final PublicUrls urls;

    public ArticleAdminResource(ArticleEditor editor, PublicUrls urls) {
        this.editor = editor;
        this.urls = urls;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scope.CONTENT_WRITE_NAME)
    @SecurityRequirement(name = "apiToken", scopes = Scope.CONTENT_WRITE_NAME)
    @Operation(operationId = "createArticle", summary = "Create a draft",
            description = "Body as HTML (sanitized into blocks) or as blocks. Word count, reading time and the "
                    + "teaser excerpt are computed. The draft stays private until it is published.")
    @APIResponse(responseCode = "201", description = "Created.", headers = {
        @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
        @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(schema = @Schema(implementation = ArticleAdminView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing, unknown or invalid; the problem names it.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is over the size limit.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A section, author, tag or pinned article does not exist.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull(message = "is required") ArticleInput input, @Context SecurityContext caller) {
        var view = editor.create(input, actor(caller));
        return Response.created(urls.of("/api/v1/admin/articles/" + view.id(), null))
                .tag(new jakarta.ws.rs.core.EntityTag(Long.toString(view.version()))).entity(view).build();
    }

    @GET
    @RolesAllowed({ Scope.CONTENT_WRITE_NAME, Scope.CONTENT_PUBLISH_NAME, Scope.CONTENT_PREVIEW_NAME })
    @SecurityRequirement(name = "apiToken", scopes = { Scope.CONTENT_WRITE_NAME, Scope.CONTENT_PUBLISH_NAME,
        Scope.CONTENT_PREVIEW_NAME })
    @Operation(operationId = "listManagedArticles", summary = "List articles in every state",
            description = "Most recently changed first; filter by status, section or author.")
    @APIResponse(responseCode = "200", description = "A page of articles.",
            content = @Content(schema = @Schema(implementation = ArticleAdminPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid; the problem names it.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ArticleAdminPage list(
            @Parameter(schema = @Schema(enumeration = { "draft", "scheduled", "published", "archived" }))
            @QueryParam("status") String status,
            @QueryParam("section") String section,
            @QueryParam("author") String author,
            @QueryParam("limit") @DefaultValue("20") @Min(value = 1, message = "must be at least 1")
            @Max(value = 100, message = "must be at most 100") int limit,
            @QueryParam("cursor") String cursor) {
        return editor.list(status(status), section, author, limit, cursor);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Scope.CONTENT_WRITE_NAME, Scope.CONTENT_PUBLISH_NAME, Scope.CONTENT_PREVIEW_NAME })
    @SecurityRequirement(name = "apiToken", scopes = { Scope.CONTENT_WRITE_NAME, Scope.CONTENT_PUBLISH_NAME,
        Scope.CONTENT_PREVIEW_NAME })
    @Operation(operationId = "getManagedArticle", summary = "Read an article in any state",
            description = "What an editor wrote, its state and its version; send the ETag back in If-Match to change it.")
    @APIResponse(responseCode = "200", description = "The article; ETag carries its version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ArticleAdminView.class)))
    @APIResponse(responseCode = "404", description = "No article has that id.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") long id) {
        return tagged(editor.get(id));
    }

    @PATCH
    @Path("{id}")
    @Consumes({ MERGE_PATCH, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Scope.CONTENT_WRITE_NAME, Scope.CONTENT_PUBLISH_NAME })
    @SecurityRequirement(name = "apiToken", scopes = { Scope.CONTENT_WRITE_NAME, Scope.CONTENT_PUBLISH_NAME })
    @Operation(operationId = "updateArticle", summary = "Change an article (JSON Merge Patch)",
            description = "RFC 7396 over the article's input shape: named fields change, null removes, the rest "
                    + "stays; `body` is replaced whole. Changing `slug` keeps the old slug answering 301. Editing a "
                    + "draft needs content:write; editing a scheduled, published or archived article needs "
                    + "content:publish, and a published one changes live.")
    @RequestBody(content = @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = ArticleInput.class)))
    @APIResponse(responseCode = "200", description = "Saved; ETag carries the new version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ArticleAdminView.class)))
    @APIResponse(responseCode = "400", description = "A field is unknown or invalid; the problem names it.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No article has that id.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The new slug is taken.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match: someone saved first; nothing was written.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A section, author, tag or pinned article does not exist.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No If-Match.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response patch(@PathParam("id") long id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "is required") JsonNode patch, @Context SecurityContext caller) {
        var expected = IfMatch.require(ifMatch);
        return tagged(editor.patch(id, patch, expected, caller.isUserInRole(Scope.CONTENT_PUBLISH_NAME), actor(caller)));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Scope.CONTENT_PUBLISH_NAME)
    @SecurityRequirement(name = "apiToken", scopes = Scope.CONTENT_PUBLISH_NAME)
    @Operation(operationId = "deleteArticle", summary = "Delete an article",
            description = "With its revisions; its slugs stop answering. The audit log and the change events keep it.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "406", ref = "#/components/responses/NotAcceptable")
    @APIResponse(responseCode = "404", description = "No article has that id.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No If-Match.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") long id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext caller) {
        editor.delete(id, IfMatch.require(ifMatch), actor(caller));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed(Scope.CONTENT_PUBLISH_NAME)
    @SecurityRequirement(name = "apiToken", scopes = Scope.CONTENT_PUBLISH_NAME)
    @Operation(operationId = "publishArticle", summary = "Publish now",
            description = "From draft, scheduled or archived. A republished article keeps its first publication time.")
    @APIResponse(responseCode = "200", description = "Published.", content = @Content(schema = @Schema(
            implementation = ArticleAdminView.class)), headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No article has that id.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already published.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No If-Match.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response publish(@PathParam("id") long id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext caller) {
        return tagged(editor.publish(id, IfMatch.require(ifMatch), actor(caller)));
    }

    @POST
    @Path("{id}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scope.CONTENT_PUBLISH_NAME)
    @SecurityRequirement(name = "apiToken", scopes = Scope.CONTENT_PUBLISH_NAME)
    @Operation(operationId = "scheduleArticle", summary = "Schedule publication",
            description = "A draft (or a scheduled article, to move it) goes live at publishAt, when the publishing "
                    + "job fires; its change event is recorded then.")
    @APIResponse(responseCode = "200", description = "Scheduled.", content = @Content(schema = @Schema(
            implementation = ArticleAdminView.class)), headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "publishAt is missing or not in the future.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No article has that id.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Published or archived: unpublish first.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No If-Match.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response schedule(@PathParam("id") long id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "is required") SchedulePlan plan, @Context SecurityContext caller) {
        return tagged(editor.schedule(id, plan.publishAt(), IfMatch.require(ifMatch), actor(caller)));
    }

    @POST
    @Path("{id}/unpublish")
    @RolesAllowed(Scope.CONTENT_PUBLISH_NAME)
    @SecurityRequirement(name = "apiToken", scopes = Scope.CONTENT_PUBLISH_NAME)
    @Operation(operationId = "unpublishArticle", summary = "Back to draft",
            description = "A published article leaves every public list and answer at once; a scheduled one is unscheduled.")
    @APIResponse(responseCode = "200", description = "Now a draft.", content = @Content(schema = @Schema(
            implementation = ArticleAdminView.class)), headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No article has that id.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Neither published nor scheduled.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No If-Match.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response unpublish(@PathParam("id") long id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext caller) {
        return tagged(editor.unpublish(id, IfMatch.require(ifMatch), actor(caller)));
    }

    @POST
    @Path("{id}/archive")
    @RolesAllowed(Scope.CONTENT_PUBLISH_NAME)
    @SecurityRequirement(name = "apiToken", scopes = Scope.CONTENT_PUBLISH_NAME)
    @Operation(operationId = "archiveArticle", summary = "Archive",
            description = "Out of public view, kept with its revisions; publish brings it back.")
    @APIResponse(responseCode = "200", description = "Archived.", content = @Content(schema = @Schema(
            implementation = ArticleAdminView.class)), headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No article has that id.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already archived.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No If-Match.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response archive(@PathParam("id") long id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext caller) {
        return tagged(editor.archive(id, IfMatch.require(ifMatch), actor(caller)));
    }

    @GET
    @Path("{id}/revisions")
    @RolesAllowed({ Scope.CONTENT_WRITE_NAME, Scope.CONTENT_PUBLISH_NAME, Scope.CONTENT_PREVIEW_NAME })
    @SecurityRequirement(name = "apiToken", scopes = { Scope.CONTENT_WRITE_NAME, Scope.CONTENT_PUBLISH_NAME,
        Scope.CONTENT_PREVIEW_NAME })
    @Operation(operationId = "listArticleRevisions", summary = "List an article's revisions", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "A page of revisions, without their snapshots.",
            content = @Content(schema = @Schema(implementation = RevisionPage.class)))
    @APIResponse(responseCode = "404", description = "No article has that id.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public RevisionPage revisions(@PathParam("id") long id,
            @QueryParam("limit") @DefaultValue("20") @Min(value = 1, message = "must be at least 1")
            @Max(value = 100, message = "must be at most 100") int limit,
            @QueryParam("cursor") String cursor) {
        return editor.revisions(id, limit, cursor);
    }

    @GET
    @Path("{id}/revisions/{number}")
    @RolesAllowed({ Scope.CONTENT_WRITE_NAME, Scope.CONTENT_PUBLISH_NAME, Scope.CONTENT_PREVIEW_NAME })
    @SecurityRequirement(name = "apiToken", scopes = { Scope.CONTENT_WRITE_NAME, Scope.CONTENT_PUBLISH_NAME,
        Scope.CONTENT_PREVIEW_NAME })
    @Operation(operationId = "getArticleRevision", summary = "Read a revision",
            description = "The article as it stood after that save.")
    @APIResponse(responseCode = "200", description = "The revision with its snapshot.",
            content = @Content(schema = @Schema(implementation = RevisionView.class)))
    @APIResponse(responseCode = "404", description = "No such article or revision.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public RevisionView revision(@PathParam("id") long id, @PathParam("number") int number) {
        return editor.revision(id, number);
    }

    @POST
    @Path("{id}/revisions/{number}/restore")
    @RolesAllowed({ Scope.CONTENT_WRITE_NAME, Scope.CONTENT_PUBLISH_NAME })
    @SecurityRequirement(name = "apiToken", scopes = { Scope.CONTENT_WRITE_NAME, Scope.CONTENT_PUBLISH_NAME })
    @Operation(operationId = "restoreArticleRevision", summary = "Restore a revision",
            description = "Writes that revision's content back as a new revision; the article keeps its state. "
                    + "Restoring into a published article changes it live and needs content:publish.")
    @APIResponse(responseCode = "200", description = "Restored.", content = @Content(schema = @Schema(
            implementation = ArticleAdminView.class)), headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such article or revision.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The revision's slug is now another article's.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Something the revision refers to no longer exists.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No If-Match.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response restore(@PathParam("id") long id, @PathParam("number") int number,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext caller) {
        return tagged(editor.restore(id, number, IfMatch.require(ifMatch),
                caller.isUserInRole(Scope.CONTENT_PUBLISH_NAME), actor(caller)));
    }

    private static Response tagged(ArticleAdminView view) {
        return Response.ok(view).tag(new jakarta.ws.rs.core.EntityTag(Long.toString(view.version()))).build();
    }

    private static String actor(SecurityContext caller) {
        return caller.getUserPrincipal().getName();
    }

    private static ArticleStatus status(String status) {
        if (status == null) {
            return null;
        }
        try {
            return ArticleStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("status", "must be one of draft, scheduled, published, archived");
        }
    }
}
