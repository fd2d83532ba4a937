package dev.masthead.web.problem;

import io.smallrye.graphql.api.ErrorCode;
import java.util.List;

/** A write refers to something that does not exist (a section, an author, a tag). */
@ErrorCode("unprocessable")
public class UnprocessableException extends ProblemException {

    public UnprocessableException(String detail) {
        super(422, "unprocessable", "Unprocessable content", detail, null);
    }

    /** Names the offending field, as validation problems do. */
    public UnprocessableException(String field, String message) {
        super(422, "unprocessable", "Unprocessable content", field + " " + message + ".", List.of(new Problem.FieldError(field, message)));
    }
}
