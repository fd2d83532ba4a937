package dev.masthead.events;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Change events after a sequence number, oldest first. */
public record ChangeEventPage(@Schema(required = true) List<ChangeEventView> data, @Schema(required = true) PageInfo page) {

    @Schema(name = "ChangeEventPageInfo")
    public record PageInfo(@Schema(required = true, examples = "100") int limit,
            @Schema(required = true, description = "The last sequence number on this page (or `after` when the page "
                    + "is empty): the next request's `after`.") long last,
            @Schema(required = true, description = "Whether more events follow this page now.") boolean more) {
    }
}
