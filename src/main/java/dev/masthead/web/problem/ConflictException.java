package dev.masthead.web.problem;

import io.smallrye.graphql.api.ErrorCode;
import java.util.List;

/** A write collides with what is stored (a slug already taken). */
@ErrorCode("conflict")
public class ConflictException extends ProblemException {

    public ConflictException(String detail) {
        super(409, "conflict", "Conflict", detail, null);
    }

    /** Names the offending field, as validation problems do. */
    public ConflictException(String field, String message) {
        super(409, "conflict", "Conflict", field + " " + message + ".", List.of(new Problem.FieldError(field, message)));
    }
}
