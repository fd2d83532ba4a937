package dev.masthead.content.article;

import dev.masthead.content.body.Block;
import java.time.Instant;
import java.util.List;

/**
 * Everything needed to store an article; references are by slug. The body is sanitized
 * and the derived fields (lead text, word count, reading time) computed when it is stored.
 */
public record ArticleDraft(
        String slug,
        String headline,
        String dek,
        ArticleType type,
        String section,
        HeroImage heroImage,
        String excerpt,
        List<Block> body,
        ArticleStatus status,
        Instant publishedAt,
        List<String> authors,
        List<String> tags,
        List<String> formerSlugs,
        List<String> pinnedRelated,
        boolean demo) {

    /** How the writer's input names the block list in errors, e.g. {@code body.blocks}. */
    public String bodyField() {
        return "body.blocks";
    }

    /** A hero image and the caption and credit it carries on this article. */
    public record HeroImage(String url, String alt, Integer width, Integer height, String caption, String credit) {
    }
}
