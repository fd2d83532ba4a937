package dev.masthead.content.article;

import static dev.masthead.web.openapi.ApiDocs.BAD_REQUEST;
import static dev.masthead.web.openapi.ApiDocs.LINK;
import static dev.masthead.web.openapi.ApiDocs.NOT_FOUND;
import static dev.masthead.web.openapi.ApiDocs.PROBLEM;

import dev.masthead.editorial.preview.ArticlePreview;
import dev.masthead.editorial.token.Scope;
import dev.masthead.web.openapi.ApiDocs;
import dev.masthead.web.problem.Problem;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles",
        description = "Published articles: lists of teasers, one article with its body, the LATEST rail and the "
                + "\"keep reading\" teasers.")
public class ArticleResource {

    private final ArticleService articles;
    private final ArticlePreview previews;

    public ArticleResource(ArticleService articles, ArticlePreview previews) {
        this.articles = articles;
        this.previews = previews;
    }

    @GET
    @Path("articles")
    @Operation(operationId = "listArticles", summary = "List published articles",
            description = "Teasers (no body) of published articles, newest first by default, filtered and paged "
                    + "with an opaque keyset cursor that stays correct while new articles are published.")
    @APIResponse(responseCode = "200", description = "A page of teasers.",
            headers = @Header(name = "Link", description = LINK, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ArticlePage.class)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ArticlePage list(@BeanParam ArticleListParams params) {
        return articles.list(ArticleQuery.parse(params.params()));
    }

    @GET
    @Path("articles/{slug}")
    @Operation(operationId = "getArticle", summary = "Get one published article, or preview an unpublished one",
            description = "The whole article, body as html, text and blocks. A former slug answers 301 with the "
                    + "current address in Location (query kept).\n\n"
                    + "Preview: with `Authorization: Bearer <token>` of a token holding `content:preview`, or with "
                    + "`?preview=<token>` of a preview link (POST /api/v1/admin/articles/{id}/preview-link), drafts "
                    + "and scheduled articles answer as they stand (a draft's publishedAt is the time of the "
                    + "preview). Preview answers are `Cache-Control: private, no-store`, with no ETag and no "
                    + "Surrogate-Key. A token without `content:preview` sees what everyone sees; an unknown, "
                    + "expired or revoked Bearer token is a 401 problem. Every answer varies by Authorization.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "apiToken", scopes = Scope.CONTENT_PREVIEW_NAME))
    @APIResponse(responseCode = "200", description = "The article.",
            headers = {
                    @Header(name = "ETag", description = ApiDocs.ETAG + " Absent on preview answers.",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Cache-Control", description = ApiDocs.CACHE_CONTROL
                            + " Preview answers: private, no-store.", required = true,
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Surrogate-Key", description = ApiDocs.SURROGATE_KEY
                            + " Absent on preview answers.", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "301", description = "The slug is a former one; Location holds the current address.",
            headers = @Header(name = "Location", description = "The article's current address.",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "401", description = "An Authorization header whose Bearer token is unknown, expired "
            + "or revoked; WWW-Authenticate: Bearer. Send none for the published article.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The preview token is unknown (preview-link-invalid) or expired "
            + "(preview-link-expired); or a browser on an origin that quarkus.http.cors.origins does not allow.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND + " Drafts and scheduled articles too, unless previewed.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Object bySlug(
            @Parameter(description = "The article's slug.", example = "blinken-cancels-meeting-with-lavrov-citing-russian-invasion")
            @PathParam("slug") String slug,
            @Parameter(description = "A preview link's token: shows that one article even when it is not published.")
            @QueryParam("preview") String preview) {
        // An ArticleView (a preview) or the published article's JSON as RenderedBody; documented as ArticleView above.
        return previews.answer(slug, preview);
    }

    @GET
    @Path("latest")
    @Operation(operationId = "listLatest", summary = "The LATEST rail",
            description = "The most recently published teasers, site-wide or in one section. Not paged.")
    @APIResponse(responseCode = "200", description = "The newest teasers; page.nextCursor is always absent.",
            content = @Content(schema = @Schema(implementation = ArticlePage.class)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ArticlePage latest(
            @Parameter(description = "Only this section (slug).", example = "europe") @QueryParam("section") String section,
            @Parameter(description = "Teasers to return, 1 to 20.", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = "20", defaultValue = "5")) @QueryParam("limit") String limit) {
        return articles.latest(section, limit);
    }
}
