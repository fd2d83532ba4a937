package dev.masthead.newsletter.signup;

import dev.masthead.web.problem.Problem;
import dev.masthead.web.problem.ProblemException;
import io.smallrye.graphql.api.ErrorCode;
import java.util.List;

/** A token that is malformed, unknown, already used, or belongs to an erased subscriber. */
@ErrorCode("invalid-token")
public class InvalidTokenException extends ProblemException {

    public InvalidTokenException(String detail) {
        super(400, "invalid-token", "Invalid token", detail,
                List.of(new Problem.FieldError("token", "is not a valid token")));
    }
}
