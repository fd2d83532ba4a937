package dev.masthead.content.tag;

import dev.masthead.web.cache.SurrogateKeyed;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tag as shown on an article or a tag page. */
@Type("Tag")
@Description("A topic label that cuts across sections.")
@Schema(name = "Tag", description = "A topic label that cuts across sections.")
public record TagView(
        @Description("Stable identifier used in URLs.") @Schema(required = true, examples = "sanctions") @NonNull String slug,
        @Description("Display name.") @Schema(required = true, examples = "Sanctions") @NonNull String name)
        implements SurrogateKeyed {

    public static TagView of(Tag tag) {
        return new TagView(tag.slug, tag.name);
    }

    @Override
    public List<String> surrogateKeys() {
        return List.of("tag-" + slug);
    }
}
