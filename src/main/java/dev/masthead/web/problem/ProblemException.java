package dev.masthead.web.problem;

import java.util.List;

/**
 * A domain error that the problem mapper turns into an RFC 9457 answer. Services throw
 * the subclasses; resources never build error responses themselves.
 */
public abstract class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;

    protected ProblemException(int status, String type, String title, String detail,
            List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors;
    }

    public int status() {
        return status;
    }

    /** The stable problem type slug, e.g. {@code not-found}. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
