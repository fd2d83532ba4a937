package dev.masthead.editorial.taxonomy;

import dev.masthead.editorial.token.TokenPage;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of tags by slug. */
@Schema(name = "TagAdminPage")
public record TagAdminPage(@Schema(required = true) List<TagAdminView> data,
        @Schema(required = true) TokenPage.PageInfo page) {
}
