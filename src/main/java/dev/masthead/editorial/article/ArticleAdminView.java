package dev.masthead.editorial.article;

import dev.masthead.content.article.ArticleStatus;
import dev.masthead.content.article.ArticleType;
import dev.masthead.content.body.Block;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article as the management API shows it: what an editor wrote, its state and its version. */
@Schema(name = "ManagedArticle")
public record ArticleAdminView(
        @Schema(required = true, examples = "42") long id,
        @Schema(required = true) String slug,
        @Schema(required = true, enumeration = { "draft", "scheduled", "published", "archived" }) String status,
        @Schema(required = true, description = "Changes with every save; the ETag carries it.") long version,
        @Schema(required = true) String headline,
        @Schema(required = true, nullable = true) String dek,
        @Schema(required = true) ArticleType type,
        @Schema(required = true) String section,
        @Schema(required = true) List<String> authors,
        @Schema(required = true) List<String> tags,
        @Schema(required = true, nullable = true) HeroImage heroImage,
        @Schema(required = true, nullable = true, description = "The editor's excerpt; null when teasers derive one.")
        String excerpt,
        @Schema(required = true, description = "The excerpt teasers show.") String teaserExcerpt,
        @Schema(required = true) BodyOut body,
        @Schema(required = true) List<String> related,
        @Schema(required = true, description = "Former slugs that answer 301 on the public API.") List<String> formerSlugs,
        @Schema(required = true) int wordCount,
        @Schema(required = true) int readingMinutes,
        @Schema(required = true, nullable = true, description = "When a scheduled article goes live.") Instant publishAt,
        @Schema(required = true, nullable = true) Instant publishedAt,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {

    /** The hero image with the caption and credit it carries on this article. */
    @Schema(name = "ManagedHeroImage")
    public record HeroImage(
            @Schema(required = true) String url,
            @Schema(required = true, description = "Empty for a decorative image.") String alt,
            @Schema(required = true, nullable = true) String caption,
            @Schema(required = true, nullable = true) String credit,
            @Schema(required = true, nullable = true) Integer width,
            @Schema(required = true, nullable = true) Integer height) {

        ArticleInput.HeroImage toInput() {
            return new ArticleInput.HeroImage(url, alt, caption, credit, width, height);
        }
    }

    /** The stored body: its blocks and the HTML they render to. */
    @Schema(name = "ManagedArticleBody")
    public record BodyOut(@Schema(required = true) List<Block> blocks, @Schema(required = true) String html) {
    }

    static String wire(ArticleStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** What restoring this view writes back: its content, not its state. */
    ArticleInput toInput() {
        return new ArticleInput(slug, headline, dek, type, section, authors, tags,
                heroImage == null ? null : heroImage.toInput(), excerpt,
                new ArticleInput.BodyInput(null, body.blocks()), related);
    }
}
