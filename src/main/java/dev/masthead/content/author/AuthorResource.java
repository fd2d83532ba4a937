package dev.masthead.content.author;

import static dev.masthead.web.openapi.ApiDocs.BAD_REQUEST;
import static dev.masthead.web.openapi.ApiDocs.LINK;
import static dev.masthead.web.openapi.ApiDocs.NOT_FOUND;
import static dev.masthead.web.openapi.ApiDocs.PROBLEM;

import dev.masthead.content.article.ArticlePage;
import dev.masthead.web.problem.Problem;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/authors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authors",
        description = "Writers' profiles, and the articles of each.")
public class AuthorResource {

    private final AuthorService authors;

    public AuthorResource(AuthorService authors) {
        this.authors = authors;
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getAuthor", summary = "Get one author", description = "An author's profile by slug.")
    @APIResponse(responseCode = "200", description = "The author.",
            content = @Content(schema = @Schema(implementation = AuthorView.class)))
    @APIResponse(responseCode = "301", description = "The slug is a former one; Location holds the current address.",
            headers = @Header(name = "Location", description = "The current address.",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public AuthorView bySlug(
            @Parameter(description = "The author's slug.", example = "demo-europe-desk") @PathParam("slug") String slug) {
        return authors.bySlug(slug);
    }

    @GET
    @Path("{slug}/articles")
    @Operation(operationId = "listAuthorArticles", summary = "List an author's articles",
            description = "Teasers of the author's published articles, with the filters and paging of "
                    + "GET /api/v1/articles, but no author parameter: the path names the author.")
    @APIResponse(responseCode = "200", description = "A page of teasers.",
            headers = @Header(name = "Link", description = LINK, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ArticlePage.class)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST + " An author parameter is refused.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "301", description = "The slug is a former one; Location holds the current address.",
            headers = @Header(name = "Location", description = "The current address.",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ArticlePage articles(
            @Parameter(description = "The author's slug.", example = "demo-europe-desk") @PathParam("slug") String slug,
            @BeanParam AuthorArticleParams params) {
        return authors.articles(slug, params.params());
    }
}
