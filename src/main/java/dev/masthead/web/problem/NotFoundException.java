package dev.masthead.web.problem;

import io.smallrye.graphql.api.ErrorCode;

/** The thing asked for does not exist, or is not public. */
@ErrorCode("not-found")
public class NotFoundException extends ProblemException {

    public NotFoundException(String what, String slug) {
        super(404, "not-found", "Not found", "No " + what + " has the slug '" + printable(slug) + "'.", null);
    }

    private NotFoundException(String detail) {
        super(404, "not-found", "Not found", detail, null);
    }

    /** Nothing of this kind has the id (management paths address by id). */
    public static NotFoundException byId(String what, Object id) {
        return new NotFoundException("No " + what + " has the id '" + printable(String.valueOf(id)) + "'.");
    }

    private static String printable(String slug) {
        var shown = slug.replaceAll("\\p{Cntrl}", "?");
        return shown.length() <= 80 ? shown : shown.substring(0, 80) + "…";
    }
}
