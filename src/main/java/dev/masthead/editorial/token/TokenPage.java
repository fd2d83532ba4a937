package dev.masthead.editorial.token;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of API tokens, newest first. */
@Schema(name = "ApiTokenPage")
public record TokenPage(@Schema(required = true) List<TokenView> data, @Schema(required = true) PageInfo page) {

    /** Without nextCursor on the last page, as the public lists' page info. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "AdminPageInfo")
    public record PageInfo(@Schema(required = true, examples = "20") int limit,
            @Schema(description = "Pass it back as cursor for the next page; absent on the last page.")
            String nextCursor) {
    }
}
