package dev.masthead.editorial.taxonomy;

/** Texts shared by the OpenAPI annotations of the management doors. */
final class Docs {

    private Docs() {
    }

    static final String BAD_INPUT = "A field is unknown, of the wrong type, missing or out of range, or a URL breaks "
            + "the URL rule; the problem names the field.";
    static final String BAD_PARAMETER = "limit or cursor is malformed; the problem names it.";
    static final String SLUG_TAKEN = "The slug is taken; the problem names the field.";
    static final String NO_SUCH_ID = "Nothing has that id.";
    static final String STALE = "If-Match names a version that is no longer current; GET it again.";
    static final String NO_IF_MATCH = "No If-Match: send the ETag of the version you change.";
    static final String UNSUPPORTED = "The body is not JSON, or has no Content-Type.";
    static final String CURSOR = "page.nextCursor of the previous page.";
}
