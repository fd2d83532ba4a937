package dev.masthead.editorial.taxonomy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masthead.content.Urls;
import dev.masthead.content.author.Author;
import dev.masthead.content.common.SocialLink;
import dev.masthead.web.problem.InvalidParameterException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An author's profile as an editor writes it. */
@Schema(name = "AuthorInput", description = "An author as written: POST takes it whole; PATCH takes any of its fields "
        + "as a JSON Merge Patch (null removes an optional field; avatar merges field by field, socialLinks is "
        + "replaced whole).")
public record AuthorInput(
        @Schema(required = true, examples = "demo-europe-desk", maxLength = 120,
                description = "Lower-case words joined by hyphens; unique among authors.") String slug,
        @Schema(required = true, examples = "Europe Desk", maxLength = 200) String name,
        @Schema(maxLength = 4000, description = "Short biography, plain text.") String bio,
        ImageInput avatar,
        @Schema(description = "Profiles on social networks, in display order; at most 20.")
        List<SocialLink> socialLinks) {

    static final Set<String> FIELDS = Set.of("slug", "name", "bio", "avatar", "socialLinks");
    private static final Set<String> LINK_FIELDS = Set.of("network", "url");
    static final Pattern NETWORK = Pattern.compile("[a-z0-9][a-z0-9._-]{0,59}");

    static AuthorInput from(JsonNode body) {
        var fields = Fields.body(body, "an author", FIELDS);
        var slug = fields.slug("slug");
        var name = fields.requiredText("name", 200);
        var bio = fields.optionalText("bio", 4000);
        var avatarFields = fields.optionalObject("avatar", "an image", ImageInput.FIELDS);
        var avatar = avatarFields == null ? null : ImageInput.from(avatarFields);
        var links = new ArrayList<SocialLink>();
        for (var link : fields.objects("socialLinks", "a social link", LINK_FIELDS, 20)) {
            var network = link.requiredText("network", 60);
            if (!NETWORK.matcher(network).matches()) {
                throw new InvalidParameterException(link.path("network"), "must be a lower-case network name, as in bluesky");
            }
            links.add(new SocialLink(network, Urls.requireLink(link.path("url"), link.requiredText("url", Urls.MAX_LENGTH))));
        }
        return new AuthorInput(slug, name, bio, avatar, List.copyOf(links));
    }

    static AuthorInput of(Author author) {
        return new AuthorInput(author.slug, author.name, author.bio,
                author.avatar == null ? null : ImageInput.of(author.avatar), List.copyOf(author.socialLinks));
    }

    JsonNode toJson(ObjectMapper json) {
        return json.valueToTree(this);
    }
}
