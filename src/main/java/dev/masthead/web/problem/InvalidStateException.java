package dev.masthead.web.problem;

import io.smallrye.graphql.api.ErrorCode;
import java.util.List;

/** A workflow action that the article's current state does not allow. */
@ErrorCode("invalid-state")
public class InvalidStateException extends ProblemException {

    public InvalidStateException(String detail) {
        super(409, "invalid-state", "Invalid state", detail, null);
    }

    /** Names the offending field, as validation problems do. */
    public InvalidStateException(String field, String message) {
        super(409, "invalid-state", "Invalid state", field + " " + message + ".", List.of(new Problem.FieldError(field, message)));
    }
}
