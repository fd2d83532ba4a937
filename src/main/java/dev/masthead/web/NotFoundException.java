package dev.masthead.web;

/** The thing asked for does not exist, or is not public. */
public class NotFoundException extends ProblemException {

    public NotFoundException(String what, String slug) {
        super(404, "not-found", "Not found", "No " + what + " has the slug '" + slug + "'.", null);
    }
}
