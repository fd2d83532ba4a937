package dev.masthead.sitemaps;

import static dev.masthead.web.openapi.ApiDocs.PROBLEM;

import dev.masthead.web.cache.ClockDependent;
import dev.masthead.web.problem.Problem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The sitemaps crawlers read (sitemaps.org 0.9 and Google News), as XML. Like every public
 * read they carry an ETag of their bytes and answer If-None-Match with 304 (HttpCaching).
 */
@Path(Sitemaps.PATH)
@Produces(SitemapResource.XML)
@Tag(name = "Sitemaps", description = "Sitemaps for search engines: an index, the section pages, the articles "
        + "month by month, and a Google News sitemap. Links point at the publication's pages.")
public class SitemapResource {

    static final String XML = "application/xml;charset=utf-8";
    private static final MediaType XML_TYPE = MediaType.valueOf(XML);

    private final Sitemaps sitemaps;

    public SitemapResource(Sitemaps sitemaps) {
        this.sitemaps = sitemaps;
    }

    @GET
    @Path("index.xml")
    @Operation(operationId = "getSitemapIndex", summary = "Get the sitemap index",
            description = "A sitemaps.org sitemap index naming sections.xml, news.xml and one file per month that "
                    + "has published articles (articles/2026-03.xml, then 2026-03-2.xml ... when a month holds more "
                    + "than masthead.sitemaps.urls-per-file), each month with the latest change to its articles "
                    + "as lastmod. Addresses are absolute, under masthead.http.public-base-url.")
    @APIResponse(responseCode = "200", description = "The sitemap index.", content = @Content(mediaType = MediaType.APPLICATION_XML))
    public Response index() {
        return answer(sitemaps.index());
    }

    @GET
    @Path("sections.xml")
    @Operation(operationId = "getSectionSitemap", summary = "Get the sections sitemap",
            description = "The home page and every section's page (masthead.frontend.home-url and section-url).")
    @APIResponse(responseCode = "200", description = "The sitemap.", content = @Content(mediaType = MediaType.APPLICATION_XML))
    public Response sections() {
        return answer(sitemaps.sections());
    }

    @GET
    @Path("articles/{file}")
    @Operation(operationId = "getArticleSitemap", summary = "Get one month's article sitemap",
            description = "The pages (masthead.frontend.article-url) of the articles published in a calendar month "
                    + "(UTC), in publication order, each with its last change as lastmod. Only published articles.")
    @APIResponse(responseCode = "200", description = "The sitemap.", content = @Content(mediaType = MediaType.APPLICATION_XML))
    @APIResponse(responseCode = "400", description = "The file names a month outside 01 to 12; the problem names file.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such sitemap: the name is not YYYY-MM.xml or YYYY-MM-N.xml "
            + "(N from 2), or the month has no published articles, or not that many files.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response articles(@Parameter(description = "YYYY-MM.xml for a month's first file, YYYY-MM-N.xml for "
            + "its N-th (N from 2).", example = "2026-03.xml") @PathParam("file") String file) {
        return answer(sitemaps.articles(file));
    }

    @GET
    @Path("news.xml")
    @Operation(operationId = "getNewsSitemap", summary = "Get the Google News sitemap",
            description = "Articles published in the last two days, newest first, at most 1,000, each with the "
                    + "publication's name (site settings), language (masthead.sitemaps.language), publication date "
                    + "and headline. The urlset is empty when nothing was published in the window.")
    @APIResponse(responseCode = "200", description = "The news sitemap.", content = @Content(mediaType = MediaType.APPLICATION_XML))
    @APIResponse(responseCode = "404", description = "No site settings exist, so the publication has no name.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ClockDependent
    public Response news() {
        return answer(sitemaps.news());
    }

    /** The bytes with their media type, so HttpCaching tags and compresses them as they are. */
    private static Response answer(SitemapDocument document) {
        return Response.ok(document.xml(), XML_TYPE)
                .header("Surrogate-Key", String.join(" ", document.surrogateKeys())).build();
    }
}
