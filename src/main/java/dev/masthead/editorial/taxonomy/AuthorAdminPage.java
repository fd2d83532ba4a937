package dev.masthead.editorial.taxonomy;

import dev.masthead.editorial.token.TokenPage;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of authors by slug. */
@Schema(name = "AuthorAdminPage")
public record AuthorAdminPage(@Schema(required = true) List<AuthorAdminView> data,
        @Schema(required = true) TokenPage.PageInfo page) {
}
