package dev.masthead.web.problem;

import io.smallrye.graphql.api.ErrorCode;
import java.util.List;

/** A query parameter or a field of written content is malformed or out of range. */
@ErrorCode("invalid-parameter")
public class InvalidParameterException extends ProblemException {

    public InvalidParameterException(String parameter, String message) {
        super(400, "invalid-parameter", "Invalid parameter", parameter + " " + message + ".",
                List.of(new Problem.FieldError(parameter, message)));
    }
}
