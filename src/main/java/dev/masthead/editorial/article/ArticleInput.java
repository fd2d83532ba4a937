package dev.masthead.editorial.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.masthead.content.article.ArticleType;
import dev.masthead.content.body.Block;
import dev.masthead.support.XmlText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An article as an editor writes it: the public view's fields, references by slug, the body
 * as HTML or as blocks. Also what a revision keeps and what JSON Merge Patch applies to.
 */
@Schema(name = "ArticleInput", description = "An article as an editor writes it; references by slug.")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ArticleInput(
        @Schema(required = true, examples = "the-sanctions-that-were-not") @NotBlank(message = "is required")
        String slug,
        @Schema(required = true) @NotBlank(message = "is required")
        @Size(max = 500, message = "may be at most 500 characters") @XmlText String headline,
        @Size(max = 2000, message = "may be at most 2000 characters") @XmlText String dek,
        @Schema(required = true, examples = "analysis") @NotNull(message = "is required") ArticleType type,
        @Schema(required = true, examples = "europe") @NotBlank(message = "is required") String section,
        @Schema(description = "Author slugs, in byline order.", examples = "[\"demo-europe-desk\"]")
        @Size(max = 20, message = "may name at most 20 authors") List<@NotBlank(message = "may not be blank") String> authors,
        @Schema(description = "Tag slugs.", examples = "[\"sanctions\"]")
        @Size(max = 50, message = "may name at most 50 tags") List<@NotBlank(message = "may not be blank") String> tags,
        @Valid HeroImage heroImage,
        @Schema(description = "The editor's excerpt; absent, teasers cut one from the body.")
        @Size(max = 2000, message = "may be at most 2000 characters") @XmlText String excerpt,
        @Schema(required = true) @NotNull(message = "is required") @Valid BodyInput body,
        @Schema(description = "Slugs of pinned \"keep reading\" articles, in order.")
        @Size(max = 10, message = "may pin at most 10 articles") List<@NotBlank(message = "may not be blank") String> related) {

    public ArticleInput {
        authors = authors == null ? List.of() : authors;
        tags = tags == null ? List.of() : tags;
        related = related == null ? List.of() : related;
    }

    /** The hero image with the caption and credit it carries on this article. */
    @Schema(name = "HeroImageInput")
    public record HeroImage(
            @Schema(required = true) @NotBlank(message = "is required") @Size(max = 2000,
                    message = "may be at most 2000 characters") String url,
            @Schema(required = true) @NotNull(message = "is required (an empty string marks a decorative image)")
            @Size(max = 1000, message = "may be at most 1000 characters") @XmlText String alt,
            @Size(max = 2000, message = "may be at most 2000 characters") @XmlText String caption,
            @Size(max = 1000, message = "may be at most 1000 characters") @XmlText String credit,
            @Min(value = 1, message = "must be at least 1") @Max(value = 100000, message = "must be at most 100000")
            Integer width,
            @Min(value = 1, message = "must be at least 1") @Max(value = 100000, message = "must be at most 100000")
            Integer height) {
    }

    /** Exactly one of {@code html} (sanitized into blocks) or {@code blocks}. */
    @Schema(name = "BodyInput", description = "Exactly one of html or blocks.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BodyInput(
            @Schema(description = "HTML; a sanitizer turns it into blocks.") String html,
            @Schema(description = "Blocks, each checked for its kind.") List<Block> blocks) {
    }
}
