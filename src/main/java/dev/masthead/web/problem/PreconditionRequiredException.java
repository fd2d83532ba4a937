package dev.masthead.web.problem;

import io.smallrye.graphql.api.ErrorCode;
import java.util.List;

/** A change without If-Match: the client must say which version it changes. */
@ErrorCode("precondition-required")
public class PreconditionRequiredException extends ProblemException {

    public PreconditionRequiredException(String detail) {
        super(428, "precondition-required", "Precondition required", detail, null);
    }

    /** Names the offending field, as validation problems do. */
    public PreconditionRequiredException(String field, String message) {
        super(428, "precondition-required", "Precondition required", field + " " + message + ".", List.of(new Problem.FieldError(field, message)));
    }
}
