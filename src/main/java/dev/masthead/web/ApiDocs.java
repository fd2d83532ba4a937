package dev.masthead.web;

/** Texts shared by the OpenAPI annotations of every resource. */
public final class ApiDocs {

    private ApiDocs() {
    }

    public static final String PROBLEM = Problem.MEDIA_TYPE;
    public static final String BAD_REQUEST = "A parameter is malformed or out of range; the problem names it.";
    public static final String NOT_FOUND = "Nothing public has that slug.";
    public static final String NOT_ACCEPTABLE = "The Accept header rules out application/json.";
    public static final String LINK = "RFC 8288 link to the next page (rel=\"next\"); absent on the last page.";
}
