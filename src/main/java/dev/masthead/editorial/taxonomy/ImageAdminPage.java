package dev.masthead.editorial.taxonomy;

import dev.masthead.editorial.token.TokenPage;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of images, newest first. */
@Schema(name = "ImageAdminPage")
public record ImageAdminPage(@Schema(required = true) List<ImageAdminView> data,
        @Schema(required = true) TokenPage.PageInfo page) {
}
