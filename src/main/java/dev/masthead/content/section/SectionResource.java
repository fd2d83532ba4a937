package dev.masthead.content.section;

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

@Path("/api/v1/sections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sections",
        description = "The publication's sections in navigation order, and each section's articles.")
public class SectionResource {

    private final SectionService sections;

    public SectionResource(SectionService sections) {
        this.sections = sections;
    }

    @GET
    @Operation(operationId = "listSections", summary = "List sections",
            description = "Every section in navigation order.")
    @APIResponse(responseCode = "200", description = "The sections.",
            content = @Content(schema = @Schema(implementation = SectionList.class)))
    public SectionList all() {
        return sections.all();
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getSection", summary = "Get one section", description = "A section by its slug.")
    @APIResponse(responseCode = "200", description = "The section.",
            content = @Content(schema = @Schema(implementation = SectionView.class)))
    @APIResponse(responseCode = "301", description = "The slug is a former one; Location holds the current address.",
            headers = @Header(name = "Location", description = "The current address.",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public SectionView bySlug(
            @Parameter(description = "The section's slug.", example = "europe") @PathParam("slug") String slug) {
        return sections.bySlug(slug);
    }

    @GET
    @Path("{slug}/articles")
    @Operation(operationId = "listSectionArticles", summary = "List a section's articles",
            description = "Teasers of the section's published articles, with the filters and paging of "
                    + "GET /api/v1/articles, but no section parameter: the path names the section.")
    @APIResponse(responseCode = "200", description = "A page of teasers.",
            headers = @Header(name = "Link", description = LINK, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ArticlePage.class)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST + " A section parameter is refused.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "301", description = "The slug is a former one; Location holds the current address.",
            headers = @Header(name = "Location", description = "The current address.",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ArticlePage articles(
            @Parameter(description = "The section's slug.", example = "europe") @PathParam("slug") String slug,
            @BeanParam SectionArticleParams params) {
        return sections.articles(slug, params.params());
    }
}
