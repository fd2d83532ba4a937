package dev.masthead.content.author;

import dev.masthead.content.Urls;
import dev.masthead.content.common.SocialLink;
import dev.masthead.content.image.ImageView;
import dev.masthead.web.cache.SurrogateKeyed;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An author's profile. */
@Type("Author")
@Description("A writer or contributor, with their profile.")
@Schema(name = "Author", description = "A writer or contributor, with their profile.")
public record AuthorView(
        @Description("Stable identifier used in URLs.")
        @Schema(required = true, examples = "demo-europe-desk") @NonNull String slug,
        @Description("Display name.") @Schema(required = true) @NonNull String name,
        @Description("Short biography, plain text.") @Schema(required = true, nullable = true) String bio,
        @Description("Portrait, when there is one.") @Schema(required = true, nullable = true) ImageView avatar,
        @Description("Profiles on social networks, in display order.")
        @Schema(required = true) @NonNull List<@NonNull SocialLink> socialLinks) implements SurrogateKeyed {

    /** The author's profile; social links whose stored URL fails {@link Urls} are left out. */
    public static AuthorView of(Author author) {
        return new AuthorView(author.slug, author.name, author.bio, ImageView.of(author.avatar),
                author.socialLinks.stream().filter(link -> Urls.isSafeLink(link.url())).toList());
    }

    @Override
    public List<String> surrogateKeys() {
        return List.of("author-" + slug);
    }
}
