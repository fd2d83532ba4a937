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
        @Description("Stable identifier used in URLs.") @Schema(examples = "blinken-cancels-meeting-with-lavrov") @NonNull String slug,
        @Description("The headline.") @NonNull String headline,
        @Description("The standfirst under the headline.") String dek,
        @Description("Type slug: analysis, news, opinion, symposium, feature, interview, review.")
        @Schema(examples = "analysis") @NonNull String type,
        @Description("Type label as printed above the headline.") @Schema(examples = "Analysis") @NonNull String typeLabel,
        @Description("The article's section.") @NonNull SectionRef section,
        @Description("The hero image with this article's caption and credit.") ImageView heroImage,
        @Description("The editor's excerpt, or the opening text cut at a word boundary.") String excerpt,
        @Description("Whether the excerpt was cut from a longer text.") boolean excerptTruncated,
        @Description("Words in the body.") int wordCount,
        @Description("Minutes to read, at 230 words a minute.") int readingTimeMinutes,
        @Description("When it was published, ISO-8601 UTC.") @NonNull Instant publishedAt,
        @Description("When it last changed, ISO-8601 UTC.") @NonNull Instant updatedAt,
        @Ignore @Description("The byline, in order.") List<AuthorRef> authors,
        @Ignore @Description("Its tags, by name.") List<TagView> tags) {
}
