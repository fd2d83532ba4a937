package dev.masthead.content.article;

import dev.masthead.content.author.AuthorRef;
import dev.masthead.content.image.ImageView;
import dev.masthead.content.section.SectionRef;
import dev.masthead.content.tag.TagView;
import dev.masthead.web.cache.SurrogateKeyed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One article with everything an article page shows. */
@Type("Article")
@Description("One article with everything an article page shows.")
@Schema(name = "Article", description = "One article with everything an article page shows.")
public record ArticleView(
        @Description("Stable identifier used in URLs; former slugs redirect here.")
        @Schema(required = true, examples = "blinken-cancels-meeting-with-lavrov") @NonNull String slug,
        @Description("The headline.") @Schema(required = true) @NonNull String headline,
        @Description("The standfirst under the headline.") @Schema(required = true, nullable = true) String dek,
        @Description("The article's type; typeLabel is how it is printed.") @Schema(required = true) @NonNull ArticleType type,
        @Description("Type label as printed above the headline.")
        @Schema(required = true, examples = "Analysis") @NonNull String typeLabel,
        @Description("The article's section.") @Schema(required = true) @NonNull SectionRef section,
        @Description("The hero image with this article's caption and credit.")
        @Schema(required = true, nullable = true) ImageView heroImage,
        @Description("The editor's excerpt, or the opening text cut at a word boundary.")
        @Schema(required = true) @NonNull String excerpt,
        @Description("Whether the excerpt was cut from a longer text.") @Schema(required = true) boolean excerptTruncated,
        @Description("Words in the body.") @Schema(required = true) int wordCount,
        @Description("Minutes to read, at 230 words a minute.") @Schema(required = true) int readingTimeMinutes,
        @Description("When it was published, ISO-8601 UTC.") @Schema(required = true) @NonNull Instant publishedAt,
        @Description("When it last changed, ISO-8601 UTC.") @Schema(required = true) @NonNull Instant updatedAt,
        @Description("The byline, in order.") @Schema(required = true) @NonNull List<@NonNull AuthorRef> authors,
        @Description("Its tags, by name.") @Schema(required = true) @NonNull List<@NonNull TagView> tags,
        @Description("The body as HTML, text and blocks.") @Schema(required = true) @NonNull BodyView body)
        implements SurrogateKeyed {

    @Override
    public List<String> surrogateKeys() {
        var keys = new ArrayList<String>();
        keys.add("article-" + slug);
        keys.add("section-" + section.slug());
        authors.forEach(a -> keys.add("author-" + a.slug()));
        tags.forEach(t -> keys.add("tag-" + t.slug()));
        return keys;
    }
}
