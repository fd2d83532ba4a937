package dev.masthead.editorial.token;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of API tokens, newest first. */
@Schema(name = "ApiTokenPage")
public record TokenPage(@Schema(required = true) List<TokenView> data, @Schema(required = true) PageInfo page) {

    @Schema(name = "AdminPageInfo")
    public record PageInfo(@Schema(required = true, examples = "20") int limit,
            @Schema(required = true, nullable = true, description = "Pass it back as cursor for the next page; null on "
                    + "the last page.") String nextCursor) {
    }
}
