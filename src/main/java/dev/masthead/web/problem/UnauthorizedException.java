package dev.masthead.web.problem;

import io.smallrye.graphql.api.ErrorCode;

/** An admin request without the right Bearer token. */
@ErrorCode("unauthorized")
public class UnauthorizedException extends ProblemException {

    public UnauthorizedException(String detail) {
        super(401, "unauthorized", "Unauthorized", detail, null);
    }
}
