package dev.masthead.editorial.token;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an API token may do. Each scope is a Quarkus Security role of the same name, so
 * resources say {@code @RolesAllowed(Scope.CONTENT_WRITE)}.
 */
@Schema(name = "Scope", type = SchemaType.STRING, description = "What an API token may do.", enumeration = {
        Scope.CONTENT_WRITE_NAME, Scope.CONTENT_PUBLISH_NAME, Scope.CONTENT_PREVIEW_NAME, Scope.NEWSLETTER_ADMIN_NAME,
        Scope.WEBHOOKS_ADMIN_NAME, Scope.TOKENS_ADMIN_NAME })
public enum Scope {
    /** Create and edit drafts, sections, authors, tags, images, site settings and pins. */
    CONTENT_WRITE(Scope.CONTENT_WRITE_NAME),
    /** Publish, schedule, unpublish, archive and delete articles. */
    CONTENT_PUBLISH(Scope.CONTENT_PUBLISH_NAME),
    /** Read drafts and scheduled articles through the public API (preview). */
    CONTENT_PREVIEW(Scope.CONTENT_PREVIEW_NAME),
    /** Export and erase newsletter subscribers. */
    NEWSLETTER_ADMIN(Scope.NEWSLETTER_ADMIN_NAME),
    /** Manage webhook endpoints. */
    WEBHOOKS_ADMIN(Scope.WEBHOOKS_ADMIN_NAME),
    /** Create, list and revoke API tokens, and read the audit log and change events. */
    TOKENS_ADMIN(Scope.TOKENS_ADMIN_NAME);

    public static final String CONTENT_WRITE_NAME = "content:write";
    public static final String CONTENT_PUBLISH_NAME = "content:publish";
    public static final String CONTENT_PREVIEW_NAME = "content:preview";
    public static final String NEWSLETTER_ADMIN_NAME = "newsletter:admin";
    public static final String WEBHOOKS_ADMIN_NAME = "webhooks:admin";
    public static final String TOKENS_ADMIN_NAME = "tokens:admin";

    private final String scopeName;

    Scope(String scopeName) {
        this.scopeName = scopeName;
    }

    /** The name clients send and see, e.g. {@code content:write}. */
    public String scopeName() {
        return scopeName;
    }

    public static Optional<Scope> named(String name) {
        return Arrays.stream(values()).filter(s -> s.scopeName.equals(name)).findFirst();
    }

    public static List<String> allNames() {
        return Arrays.stream(values()).map(Scope::scopeName).toList();
    }
}
