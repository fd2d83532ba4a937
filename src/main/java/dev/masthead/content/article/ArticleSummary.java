package dev.masthead.content.article;

import dev.masthead.content.author.AuthorRef;
import dev.masthead.content.image.ImageView;
import dev.masthead.content.section.SectionRef;
import dev.masthead.content.tag.TagView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An article's teaser: what lists carry. No body. Over GraphQL, authors and tags are
 * batch resolvers, loaded only when selected.
 */
@Type("ArticleSummary")
@Description("An article's teaser, as lists carry it: no body.")
@Schema(name = "ArticleSummary", description = "An article's teaser, as lists carry it: no body.")
public record ArticleSummary(
        @Description("Stable identifier used in URLs.")
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
        @Ignore @Description("The byline, in order.") @Schema(required = true) List<AuthorRef> authors,
        @Ignore @Description("Its tags, by name.") @Schema(required = true) List<TagView> tags) {
}
