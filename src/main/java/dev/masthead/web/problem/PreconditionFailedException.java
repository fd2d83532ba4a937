package dev.masthead.web.problem;

import io.smallrye.graphql.api.ErrorCode;
import java.util.List;

/** The If-Match sent names a version that is no longer current. */
@ErrorCode("precondition-failed")
public class PreconditionFailedException extends ProblemException {

    public PreconditionFailedException(String detail) {
        super(412, "precondition-failed", "Precondition failed", detail, null);
    }

    /** Names the offending field, as validation problems do. */
    public PreconditionFailedException(String field, String message) {
        super(412, "precondition-failed", "Precondition failed", field + " " + message + ".", List.of(new Problem.FieldError(field, message)));
    }
}
