package dev.masthead.graphql;

import graphql.execution.AbortExecutionException;
import java.util.Map;

/** A request over one of the GraphQL limits; answered with an error whose extensions.code names the limit. */
public class QueryLimitExceeded extends AbortExecutionException {

    private final String code;

    public QueryLimitExceeded(String code, String message) {
        super(message);
        this.code = code;
    }

    @Override
    public Map<String, Object> getExtensions() {
        return Map.of("code", code, "classification", "QueryLimitExceeded");
    }
}
