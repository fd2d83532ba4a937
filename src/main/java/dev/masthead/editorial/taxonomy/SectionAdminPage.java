package dev.masthead.editorial.taxonomy;

import dev.masthead.editorial.token.TokenPage;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of sections in navigation order. */
@Schema(name = "SectionAdminPage")
public record SectionAdminPage(@Schema(required = true) List<SectionAdminView> data,
        @Schema(required = true) TokenPage.PageInfo page) {
}
