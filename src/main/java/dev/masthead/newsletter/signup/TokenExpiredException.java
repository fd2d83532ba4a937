package dev.masthead.newsletter.signup;

import dev.masthead.web.problem.Problem;
import dev.masthead.web.problem.ProblemException;
import io.smallrye.graphql.api.ErrorCode;
import java.util.List;

/** A confirmation link used after its time ran out. */
@ErrorCode("token-expired")
public class TokenExpiredException extends ProblemException {

    public TokenExpiredException() {
        super(400, "token-expired", "Token expired",
                "This confirmation link has expired. Sign up again and a new link will be mailed.",
                List.of(new Problem.FieldError("token", "has expired")));
    }
}
