package dev.masthead.events;

import static dev.masthead.web.openapi.ApiDocs.BAD_REQUEST;
import static dev.masthead.web.openapi.ApiDocs.LINK;
import static dev.masthead.web.openapi.ApiDocs.PROBLEM;

import dev.masthead.web.PublicUrls;
import dev.masthead.web.problem.InvalidParameterException;
import dev.masthead.web.problem.Problem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public change feed: what a static-site builder or a search index follows to stay in
 * step with the public API without crawling it. Only changes public reads could see.
 */
@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Change feed", description = "Every public change in commit order, for mirrors that sync incrementally.")
public class ChangeFeedResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    /** A page that is not the last never changes: the events below the head are fixed. */
    static final String COMPLETE_PAGE = "public, max-age=86400, immutable";
    /** The last page grows with every public change: kept briefly, so polling mirrors share it. */
    static final String LAST_PAGE = "public, max-age=5";

    private final ChangeFeed feed;
    private final PublicUrls urls;

    public ChangeFeedResource(ChangeFeed feed, PublicUrls urls) {
        this.feed = feed;
        this.urls = urls;
    }

    @GET
    @Operation(operationId = "listChanges", summary = "Follow public changes",
            description = "Every change public reads can see, in commit order: publishes and edits of live articles, "
                    + "sections, authors, tags and the site as `upsert` entries, unpublishes, archives and deletions as "
                    + "`delete` tombstones, slug changes as an `upsert` carrying the `formerUrl` to drop, and image "
                    + "changes that live pages show as `refresh`. Drafts never appear. Start without `after`, then "
                    + "pass `page.nextCursor` back as `after`, page after page; it is always present, and moves past "
                    + "changes the public does not see even when a page comes back empty. When `page.hasMore` is "
                    + "false, poll later with the same cursor.\n\n"
                    + "Caching: a page with `hasMore` true never changes (`" + COMPLETE_PAGE + "`); the last page is `"
                    + LAST_PAGE + "`. Content written before this feed existed (demo content, imports) is not in it: "
                    + "bootstrap a mirror from the public lists, then follow the feed (see the README).")
    @APIResponse(responseCode = "200", description = "A page of public changes.",
            headers = {
                    @Header(name = "Cache-Control", description = "`" + COMPLETE_PAGE + "` when hasMore is true, `"
                            + LAST_PAGE + "` on the last page.", required = true,
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Link", description = LINK + " Here always present: the next position.",
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = ChangeFeedPage.class)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST + " `after` is malformed or from the future (beyond "
            + "the newest change; another installation's cursor), or `limit` is out of range.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(description = "The page.nextCursor of the previous page, unchanged. Leave out to start from the "
                    + "first change.", example = "YzF8MTA0Mg") @QueryParam("after") String after,
            @Parameter(description = "Changes per page, 1 to " + MAX_LIMIT + ".", schema = @Schema(
                    type = SchemaType.INTEGER, minimum = "1", maximum = "" + MAX_LIMIT, defaultValue = "" + DEFAULT_LIMIT))
            @QueryParam("limit") String limit) {
        var from = after == null || after.isEmpty() ? 0 : ChangeFeedCursor.decode("after", after);
        var size = limit(limit);
        var slice = feed.after(from, size);
        var page = new ChangeFeedPage(slice.events().stream().map(e -> ChangeFeedEntry.of(e, urls)).toList(),
                new ChangeFeedPage.PageInfo(size, ChangeFeedCursor.encode(slice.next()), slice.more()));
        return Response.ok(page).header(HttpHeaders.CACHE_CONTROL, slice.more() ? COMPLETE_PAGE : LAST_PAGE).build();
    }

    private static int limit(String raw) {
        if (raw == null || raw.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        try {
            var value = Integer.parseInt(raw.strip());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Refused below, like a number out of range.
        }
        throw new InvalidParameterException("limit", "must be a whole number from 1 to " + MAX_LIMIT + "; got '"
                + (raw.length() > 20 ? raw.substring(0, 20) + "..." : raw) + "'");
    }
}
