package dev.masthead.web.problem;

import io.smallrye.graphql.api.ErrorCode;

/** A valid API token whose scopes do not cover what this particular change does. */
@ErrorCode("forbidden")
public class ScopeRequiredException extends ProblemException {

    public ScopeRequiredException(String detail) {
        super(403, "forbidden", "Forbidden", detail, null);
    }
}
