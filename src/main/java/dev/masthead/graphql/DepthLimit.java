package dev.masthead.graphql;

import graphql.ExecutionResult;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;

/**
 * Refuses an operation nested deeper than {@code masthead.graphql.max-depth}, fragments
 * expanded, before any field is fetched. Introspection has a bound of its own: type
 * references nest {@code ofType} nine levels deep in the query every GraphQL tool sends,
 * which is harmless to answer, while a hostile query nesting it a hundred times is not.
 */
final class DepthLimit extends SimplePerformantInstrumentation {

    private final GraphQLConfig config;

    DepthLimit(GraphQLConfig config) {
        this.config = config;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        var context = parameters.getExecutionContext();
        var deepest = new int[2];
        QueryTraverser.newQueryTraverser()
                .schema(context.getGraphQLSchema())
                .document(context.getDocument())
                .operationName(context.getExecutionInput().getOperationName())
                .coercedVariables(context.getCoercedVariables())
                .build()
                .visitPreOrder(new QueryVisitorStub() {
                    @Override
                    public void visitField(QueryVisitorFieldEnvironment env) {
                        int depth = 1;
                        boolean introspection = isIntrospection(env);
                        for (var parent = env.getParentEnvironment(); parent != null; parent = parent.getParentEnvironment()) {
                            depth++;
                            introspection |= isIntrospection(parent);
                        }
                        int kind = introspection ? 1 : 0;
                        deepest[kind] = Math.max(deepest[kind], depth);
                    }
                });
        if (deepest[0] > config.maxDepth()) {
            throw new QueryLimitExceeded("query-too-deep", "The query nests " + deepest[0]
                    + " levels deep; at most " + config.maxDepth() + " are allowed.");
        }
        if (deepest[1] > config.maxIntrospectionDepth()) {
            throw new QueryLimitExceeded("query-too-deep", "The introspection query nests " + deepest[1]
                    + " levels deep; at most " + config.maxIntrospectionDepth() + " are allowed.");
        }
        return SimpleInstrumentationContext.noOp();
    }

    /** {@code __schema} and {@code __type}; {@code __typename} is a plain leaf. */
    private static boolean isIntrospection(QueryVisitorFieldEnvironment env) {
        var name = env.getField().getName();
        return "__schema".equals(name) || "__type".equals(name);
    }
}
