package dev.masthead.editorial.taxonomy;

import dev.masthead.content.author.Author;
import dev.masthead.content.common.SocialLink;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An author as the management API shows it. */
@Schema(name = "AuthorAdmin", description = "An author as the management API shows it; ETag carries its version.")
public record AuthorAdminView(
        @Schema(required = true, examples = "7") long id,
        @Schema(required = true, examples = "demo-europe-desk") String slug,
        @Schema(required = true, examples = "Europe Desk") String name,
        @Schema(required = true, nullable = true) String bio,
        // The portrait is an image of its own, listed under /api/v1/admin/images too. (A description here
        // would make the generated schema an object that cannot be null.)
        @Schema(required = true, nullable = true) ImageAdminView avatar,
        @Schema(required = true) List<SocialLink> socialLinks,
        @Schema(required = true, examples = "2", description = "Goes up by one with every change, the portrait's "
                + "included; the ETag is this number in quotes.") long version) implements Versioned {

    static AuthorAdminView of(Author author) {
        return new AuthorAdminView(author.id, author.slug, author.name, author.bio,
                author.avatar == null ? null : ImageAdminView.of(author.avatar), List.copyOf(author.socialLinks),
                author.version);
    }
}
