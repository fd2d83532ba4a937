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
        @Schema(examples = "blinken-cancels-meeting-with-lavrov") @NonNull String slug,
        @Description("The headline.") @NonNull String headline,
        @Description("The standfirst under the headline.") String dek,
        @Description("Type slug.") @Schema(examples = "analysis") @NonNull String type,
        @Description("Type label as printed above the headline.") @Schema(examples = "Analysis") @NonNull String typeLabel,
        @Description("The article's section.") @NonNull SectionRef section,
        @Description("The hero image with this article's caption and credit.") ImageView heroImage,
        @Description("The editor's excerpt, or the opening text cut at a word boundary.") String excerpt,
        @Description("Whether the excerpt was cut from a longer text.") boolean excerptTruncated,
        @Description("Words in the body.") int wordCount,
        @Description("Minutes to read, at 230 words a minute.") int readingTimeMinutes,
        @Description("When it was published, ISO-8601 UTC.") @NonNull Instant publishedAt,
        @Description("When it last changed, ISO-8601 UTC.") @NonNull Instant updatedAt,
        @Description("The byline, in order.") List<AuthorRef> authors,
        @Description("Its tags, by name.") List<TagView> tags,
        @Description("The body as HTML, text and blocks.") @NonNull BodyView body) implements SurrogateKeyed {

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
