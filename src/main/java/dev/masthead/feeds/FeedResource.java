package dev.masthead.feeds;

import static dev.masthead.web.openapi.ApiDocs.BAD_REQUEST;
import static dev.masthead.web.openapi.ApiDocs.PROBLEM;

import dev.masthead.web.PublicUrls;
import dev.masthead.web.cache.RenderedBody;
import dev.masthead.web.problem.Problem;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/feeds")
@Tag(name = "Feeds",
        description = "The newest published articles as RSS 2.0, Atom 1.0 and JSON Feed 1.1, site-wide or narrowed, "
                + "linking to the publication's own pages.")
public class FeedResource {

    private static final String DESCRIPTION = " The newest published articles (masthead.feeds.size, 20 by default), "
            + "newest first, site-wide or narrowed by section, author, tag and type; a slug that names nothing gives "
            + "an empty feed. Each item carries the excerpt, or with masthead.feeds.content=full the whole body as "
            + "HTML too, links to the article's page on the publication's site (masthead.frontend.article-url), its "
            + "authors, its section and tags as categories, and its hero image. Conditional GET: send the ETag back "
            + "in If-None-Match for a 304.";

    private final FeedService feeds;
    private final RssFeedWriter rss;
    private final AtomFeedWriter atom;
    private final JsonFeedWriter json;
    private final PublicUrls urls;

    public FeedResource(FeedService feeds, RssFeedWriter rss, AtomFeedWriter atom, JsonFeedWriter json,
            PublicUrls urls) {
        this.feeds = feeds;
        this.rss = rss;
        this.atom = atom;
        this.json = json;
        this.urls = urls;
    }

    @GET
    @Path("rss")
    @Produces(FeedFormat.RSS_TYPE)
    @Operation(operationId = "getRssFeed", summary = "The RSS 2.0 feed",
            description = "RSS 2.0 with Dublin Core creators, Media RSS images (media:content) and content:encoded "
                    + "bodies." + DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The feed.",
            content = @Content(mediaType = "application/rss+xml", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "406", description = "The Accept header rules out application/rss+xml.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public RenderedBody rss(@BeanParam FeedParams params) {
        var feed = feeds.feed(params.section, params.author, params.tag, params.type);
        return new RenderedBody(rss.write(feed, self("rss", params)), FeedFormat.RSS.mediaType(),
                feed.surrogateKeys());
    }

    @GET
    @Path("atom")
    @Produces(FeedFormat.ATOM_TYPE)
    @Operation(operationId = "getAtomFeed", summary = "The Atom 1.0 feed",
            description = "Atom 1.0 (RFC 4287); the hero image is a link rel=\"enclosure\"." + DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The feed.",
            content = @Content(mediaType = "application/atom+xml", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "406", description = "The Accept header rules out application/atom+xml.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public RenderedBody atom(@BeanParam FeedParams params) {
        var feed = feeds.feed(params.section, params.author, params.tag, params.type);
        return new RenderedBody(atom.write(feed, self("atom", params)), FeedFormat.ATOM.mediaType(),
                feed.surrogateKeys());
    }

    @GET
    @Path("json")
    @Produces(FeedFormat.JSON_TYPE)
    @Operation(operationId = "getJsonFeed", summary = "The JSON Feed 1.1",
            description = "JSON Feed 1.1; the hero image is the item's image." + DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The feed.",
            content = @Content(mediaType = "application/feed+json", schema = @Schema(implementation = JsonFeed.class)))
    @APIResponse(responseCode = "406", description = "The Accept header rules out application/feed+json.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public RenderedBody json(@BeanParam FeedParams params) {
        var feed = feeds.feed(params.section, params.author, params.tag, params.type);
        return new RenderedBody(json.write(feed, self("json", params)), FeedFormat.JSON.mediaType(),
                feed.surrogateKeys());
    }

    /**
     * The feed's own public address, its filters in one fixed order: readers and caches see one
     * address, and one body, for one feed however its query was spelled.
     */
    private String self(String format, FeedParams params) {
        var given = new LinkedHashMap<String, String>();
        given.put("section", params.section);
        given.put("author", params.author);
        given.put("tag", params.tag);
        given.put("type", params.type);
        var query = given.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return urls.of("/api/v1/feeds/" + format, query).toString();
    }
}
