package dev.masthead.feeds;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/), with the spec's
 * snake_case names. Absent values are left out, as the spec wants, never sent as null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "JsonFeed", description = "A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/).")
public record JsonFeed(
        @Schema(required = true, examples = "https://jsonfeed.org/version/1.1") String version,
        @Schema(required = true, description = "The publication's name, with what the feed was narrowed to.") String title,
        @JsonProperty("home_page_url")
        @Schema(required = true, description = "The page the feed describes: the home page, or the section's page.")
        String homePageUrl,
        @JsonProperty("feed_url") @Schema(required = true, description = "This feed's own address.") String feedUrl,
        @Schema(description = "What the publication is about; absent when the site settings have no description.")
        String description,
        @Schema(required = true, description = "The publication.") List<Author> authors,
        @Schema(required = true, description = "The newest articles, newest first.") List<Item> items) {

    public static final String VERSION = "https://jsonfeed.org/version/1.1";

    /** One article. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "JsonFeedItem", description = "One article of a JSON Feed.")
    public record Item(
            @Schema(required = true, description = "The article page's URL.") String id,
            @Schema(required = true, description = "The article's page.") String url,
            @Schema(required = true, description = "The headline.") String title,
            @JsonProperty("content_html") @Schema(description = "The whole body as HTML, in full-content feeds only.")
            String contentHtml,
            @JsonProperty("content_text") @Schema(description = "The excerpt, in excerpt feeds only.") String contentText,
            @Schema(required = true, description = "The excerpt.") String summary,
            @Schema(description = "The hero image's URL; absent without one.") String image,
            @JsonProperty("date_published") @Schema(required = true, description = "RFC 3339.") String datePublished,
            @JsonProperty("date_modified") @Schema(required = true, description = "RFC 3339.") String dateModified,
            @Schema(description = "The byline, in order; absent when there is none.") List<Author> authors,
            @Schema(required = true, description = "The section's name, then the tags' names.") List<String> tags) {
    }

    /** An author, by name. */
    @Schema(name = "JsonFeedAuthor", description = "An author of a JSON Feed or of one of its items.")
    public record Author(@Schema(required = true) String name) {
    }
}
