package dev.masthead.content.tag;

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

@Path("/api/v1/tags")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tags",
        description = "Topic labels across sections, and the articles with each.")
public class TagResource {

    private final TagService tags;

    public TagResource(TagService tags) {
        this.tags = tags;
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getTag", summary = "Get one tag", description = "A tag by its slug.")
    @APIResponse(responseCode = "200", description = "The tag.",
            content = @Content(schema = @Schema(implementation = TagView.class)))
    @APIResponse(responseCode = "301", description = "The slug is a former one; Location holds the current address.",
            headers = @Header(name = "Location", description = "The current address.",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public TagView bySlug(
            @Parameter(description = "The tag's slug.", example = "sanctions") @PathParam("slug") String slug) {
        return tags.bySlug(slug);
    }

    @GET
    @Path("{slug}/articles")
    @Operation(operationId = "listTagArticles", summary = "List a tag's articles",
            description = "Teasers of the published articles with the tag, with the filters and paging of "
                    + "GET /api/v1/articles, but no tag parameter: the path names the tag.")
    @APIResponse(responseCode = "200", description = "A page of teasers.",
            headers = @Header(name = "Link", description = LINK, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ArticlePage.class)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST + " A tag parameter is refused.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "301", description = "The slug is a former one; Location holds the current address.",
            headers = @Header(name = "Location", description = "The current address.",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ArticlePage articles(
            @Parameter(description = "The tag's slug.", example = "sanctions") @PathParam("slug") String slug,
            @BeanParam TagArticleParams params) {
        return tags.articles(slug, params.params());
    }
}
