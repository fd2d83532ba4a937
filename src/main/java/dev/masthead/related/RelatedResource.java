package dev.masthead.related;

import static dev.masthead.web.openapi.ApiDocs.BAD_REQUEST;
import static dev.masthead.web.openapi.ApiDocs.NOT_FOUND;
import static dev.masthead.web.openapi.ApiDocs.PROBLEM;

import dev.masthead.web.problem.Problem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/articles/{slug}/related")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class RelatedResource {

    private final RelatedService related;

    public RelatedResource(RelatedService related) {
        this.related = related;
    }

    @GET
    @Operation(operationId = "listRelatedArticles", summary = "\"Keep reading\" teasers of an article",
            description = "Editor-pinned articles first, in their order; then articles sharing tags, section and "
                    + "authors, faded by age; then the latest site-wide, so the rail is never empty while other "
                    + "articles are published. Never the article itself, never unpublished articles.")
    @APIResponse(responseCode = "200", description = "The related teasers, best first.",
            content = @Content(schema = @Schema(implementation = RelatedList.class)))
    @APIResponse(responseCode = "301", description = "The slug is a former one; Location holds the current address.",
            headers = @Header(name = "Location", description = "The related teasers' current address.",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public RelatedList related(
            @Parameter(description = "The article's slug.", example = "blinken-cancels-meeting-with-lavrov-citing-russian-invasion")
            @PathParam("slug") String slug,
            @Parameter(description = "How many teasers, 1 to 12.", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = "12", defaultValue = "3")) @QueryParam("limit") String limit,
            @Parameter(description = "Slugs to leave out, comma-separated or repeated (at most 50), e.g. what the "
                    + "LATEST rail already shows.") @QueryParam("exclude") List<String> exclude) {
        return new RelatedList(related.related(slug, RelatedService.parseLimit(limit), exclude, true), slug);
    }
}
