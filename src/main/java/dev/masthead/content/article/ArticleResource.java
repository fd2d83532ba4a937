package dev.masthead.content.article;

import static dev.masthead.web.openapi.ApiDocs.BAD_REQUEST;
import static dev.masthead.web.openapi.ApiDocs.LINK;
import static dev.masthead.web.openapi.ApiDocs.NOT_FOUND;
import static dev.masthead.web.openapi.ApiDocs.PROBLEM;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles",
        description = "Published articles: lists of teasers, one article with its body, the LATEST rail and the "
                + "\"keep reading\" teasers.")
public class ArticleResource {

    private final ArticleService articles;

    public ArticleResource(ArticleService articles) {
        this.articles = articles;
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
    @Operation(operationId = "getArticle", summary = "Get one published article",
            description = "The whole article, body as html, text and blocks. A former slug answers 301 with the "
                    + "current address in Location.")
    @APIResponse(responseCode = "200", description = "The article.",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "301", description = "The slug is a former one; Location holds the current address.",
            headers = @Header(name = "Location", description = "The article's current address.",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ArticleView bySlug(
            @Parameter(description = "The article's slug.", example = "blinken-cancels-meeting-with-lavrov-citing-russian-invasion")
            @PathParam("slug") String slug) {
        return articles.published(slug);
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
