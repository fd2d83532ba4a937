package dev.masthead.editorial.taxonomy;

import dev.masthead.content.image.Image;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An image as the management API shows it. */
@Schema(name = "ImageAdmin", description = "An image as the management API shows it; ETag carries its version.")
public record ImageAdminView(
        @Schema(required = true, examples = "31") long id,
        @Schema(required = true, examples = "https://images.example.org/blinken.jpg") String url,
        @Schema(required = true) String alt,
        @Schema(required = true, nullable = true) String caption,
        @Schema(required = true, nullable = true) String credit,
        @Schema(required = true, nullable = true) Integer width,
        @Schema(required = true, nullable = true) Integer height,
        @Schema(required = true, nullable = true, description = "Focal point from the left, 0 to 1.") Double focalX,
        @Schema(required = true, nullable = true, description = "Focal point from the top, 0 to 1.") Double focalY,
        @Schema(required = true, examples = "1", description = "Goes up by one with every change; the ETag is this "
                + "number in quotes.") long version) implements Versioned {

    static ImageAdminView of(Image image) {
        return new ImageAdminView(image.id, image.url, image.altText, image.caption, image.credit, image.width,
                image.height, image.focalX, image.focalY, image.version);
    }
}
