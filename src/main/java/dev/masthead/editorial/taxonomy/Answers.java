package dev.masthead.editorial.taxonomy;

import dev.masthead.editorial.IfMatch;

import dev.masthead.web.PublicUrls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/** The successful answers of the management doors: every representation carries its version as a strong ETag. */
@ApplicationScoped
public class Answers {

    /** The media type of a JSON Merge Patch body (RFC 7396). */
    public static final String MERGE_PATCH = "application/merge-patch+json";

    private final PublicUrls urls;

    public Answers(PublicUrls urls) {
        this.urls = urls;
    }

    Response ok(Versioned view) {
        return Response.ok(view).tag(IfMatch.etag(view.version())).build();
    }

    /** 201 with Location at the configured public address, never the Host header's. */
    Response created(String path, Versioned view) {
        return Response.created(urls.of(path, null)).entity(view).tag(IfMatch.etag(view.version())).build();
    }
}
