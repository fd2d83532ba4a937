package dev.masthead.content.image;

import dev.masthead.content.Urls;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An image as a frontend renders it, with the caption and credit that apply where it is shown. */
@Type("Image")
@Description("An image with its alt text, caption and photo credit.")
@Schema(name = "Image", description = "An image with its alt text, caption and photo credit.")
public record ImageView(
        @Description("URL of the image file: http, https or a relative path.")
        @Schema(required = true, examples = "https://images.example.org/blinken.jpg") @NonNull String url,
        @Description("Alternative text for screen readers.") @Schema(required = true) @NonNull String alt,
        @Description("Caption shown with the image.") @Schema(required = true, nullable = true) String caption,
        @Description("Photo credit, e.g. \"State Department photo by Ron Przysucha / Public Domain\".")
        @Schema(required = true, nullable = true) String credit,
        @Description("Width in pixels, when known.") @Schema(required = true, nullable = true) Integer width,
        @Description("Height in pixels, when known.") @Schema(required = true, nullable = true) Integer height) {

    /** The image as stored, with its own caption and credit. */
    public static ImageView of(Image image) {
        return image == null ? null : of(image, null, null);
    }

    /**
     * The image with a caption and credit that override the image's own where given. An
     * image whose stored URL fails {@link Urls} (written before the rule, or behind the
     * writer's back) is served as no image at all.
     */
    public static ImageView of(Image image, String caption, String credit) {
        if (image == null || !Urls.isSafeImage(image.url)) {
            return null;
        }
        return new ImageView(image.url, image.altText,
                caption != null ? caption : image.caption,
                credit != null ? credit : image.credit,
                image.width, image.height);
    }
}
