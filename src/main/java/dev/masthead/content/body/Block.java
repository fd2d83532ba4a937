package dev.masthead.content.body;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.masthead.content.image.ImageView;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One block of an article body. A flat record rather than a class per kind, so that
 * REST and GraphQL clients read every block with one shape; each kind uses the fields
 * {@link BlockType} names for it and leaves the rest out. The OpenAPI document describes
 * the JSON as what it is, one object shape per kind told apart by {@code type}
 * ({@code dev.masthead.web.openapi.BlockUnion}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Type("Block")
@Description("One block of an article body. paragraph: html. heading: text, level. quote: html, cite. "
        + "image: image. list: ordered, items (inline HTML each). embed: url, provider.")
@Schema(name = "Block", description = "One block of an article body. paragraph: html. heading: text, level. "
        + "quote: html, cite. image: image. list: ordered, items (inline HTML each). embed: url, provider.")
public record Block(
        @Description("The kind of block.") @Schema(required = true) @NonNull BlockType type,
        @Description("Sanitized inline HTML (paragraph, quote).") String html,
        @Description("Plain text (heading).") String text,
        @Description("Heading level, 2 to 4.") Integer level,
        @Description("Who is quoted (quote).") String cite,
        @Description("Whether the list is numbered (list).") Boolean ordered,
        @Description("Sanitized inline HTML of each item (list).") List<@NonNull String> items,
        @Description("The image shown (image).") ImageView image,
        @Description("Address of the embedded content (embed): http, https, mailto or a relative path.") String url,
        @Description("Who serves the embedded content, e.g. youtube (embed).") String provider) {

    public static Block paragraph(String html) {
        return new Block(BlockType.paragraph, html, null, null, null, null, null, null, null, null);
    }

    public static Block heading(int level, String text) {
        return new Block(BlockType.heading, null, text, level, null, null, null, null, null, null);
    }

    public static Block quote(String html, String cite) {
        return new Block(BlockType.quote, html, null, null, cite, null, null, null, null, null);
    }

    public static Block image(ImageView image) {
        return new Block(BlockType.image, null, null, null, null, null, null, image, null, null);
    }

    public static Block list(boolean ordered, List<String> items) {
        return new Block(BlockType.list, null, null, null, null, ordered, items, null, null, null);
    }

    public static Block embed(String url, String provider) {
        return new Block(BlockType.embed, null, null, null, null, null, null, null, url, provider);
    }
}
