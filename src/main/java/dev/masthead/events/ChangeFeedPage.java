package dev.masthead.events;

import dev.masthead.web.cache.ListBody;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the public change feed and the position to read on from. */
@Schema(name = "ChangeFeedPage", description = "Public changes in commit order.")
public record ChangeFeedPage(@Schema(required = true) List<ChangeFeedEntry> data, @Schema(required = true) PageInfo page)
        implements ListBody {

    @Schema(name = "ChangeFeedPageInfo", description = "The limit applied and where to read on.")
    public record PageInfo(
            @Schema(required = true, examples = "100") int limit,
            @Schema(required = true, examples = "YzF8MTA0Mg", description = "Always present: pass it as `after` to "
                    + "read on, also when this page is empty (the feed may have moved past changes the public does "
                    + "not see) and on the last page (to wait for the next changes). Opaque.") String nextCursor,
            @Schema(required = true, description = "Whether more changes follow now; when false, poll with "
                    + "nextCursor later.") boolean hasMore) {
    }

    @Override
    public String nextCursor() {
        return page.nextCursor();
    }

    @Override
    public String cursorParameter() {
        return "after";
    }

    @Override
    public List<String> surrogateKeys() {
        return List.of("changes");
    }
}
