package dev.masthead.editorial.taxonomy;

import dev.masthead.content.Urls;
import dev.masthead.content.image.Image;
import dev.masthead.web.problem.InvalidParameterException;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An image as an editor writes it: the file's URL and the words that travel with it. */
@Schema(name = "ImageInput", description = "An image as written: POST takes it whole; PATCH takes any of its fields as "
        + "a JSON Merge Patch (null removes an optional field).")
public record ImageInput(
        @Schema(required = true, examples = "https://images.example.org/blinken.jpg", maxLength = 2000,
                description = "http, https or a relative path.") String url,
        @Schema(required = true, maxLength = 1000, description = "Alternative text for screen readers.") String alt,
        @Schema(maxLength = 2000) String caption,
        @Schema(maxLength = 1000) String credit,
        @Schema(minimum = "1", maximum = "100000", description = "In pixels.") Integer width,
        @Schema(minimum = "1", maximum = "100000", description = "In pixels.") Integer height,
        @Schema(minimum = "0", maximum = "1", description = "The point a crop must keep, as a "
                + "fraction of the width from the left; given with focalY or not at all.") Double focalX,
        @Schema(minimum = "0", maximum = "1", description = "The point a crop must keep, as a "
                + "fraction of the height from the top; given with focalX or not at all.") Double focalY) {

    static final Set<String> FIELDS = Set.of("url", "alt", "caption", "credit", "width", "height", "focalX", "focalY");

    /** Reads the fields of an image object, checking its URL against the URL rule. */
    static ImageInput from(Fields fields) {
        var url = fields.requiredText("url", Urls.MAX_LENGTH);
        url = Urls.requireImage(fields.path("url"), url);
        var input = new ImageInput(url, fields.requiredTextAllowingEmpty("alt", 1000), fields.optionalText("caption", 2000),
                fields.optionalText("credit", 1000), fields.optionalInt("width", 1, 100_000),
                fields.optionalInt("height", 1, 100_000), fields.optionalFraction("focalX"),
                fields.optionalFraction("focalY"));
        if ((input.focalX() == null) != (input.focalY() == null)) {
            var missing = input.focalX() == null ? "focalX" : "focalY";
            throw new InvalidParameterException(fields.path(missing), "is required with "
                    + (missing.equals("focalX") ? "focalY" : "focalX") + ": a focal point has both or neither");
        }
        return input;
    }

    static ImageInput of(Image image) {
        return new ImageInput(image.url, image.altText, image.caption, image.credit, image.width, image.height,
                image.focalX, image.focalY);
    }

    void applyTo(Image image) {
        image.url = url;
        image.altText = alt;
        image.caption = caption;
        image.credit = credit;
        image.width = width;
        image.height = height;
        image.focalX = focalX;
        image.focalY = focalY;
    }
}
