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
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLTypeUtil;
import java.util.HashMap;
import java.util.Map;

/**
 * Refuses an operation costing more than {@code masthead.graphql.max-cost}, as
 * {@link GraphQLConfig} describes the cost, before any field is fetched.
 * <p>
 * graphql-java's own complexity check adds up field costs as {@code int}s, so aliases of a
 * few nested lists wrap the total around to a small or negative number that passes. Here
 * costs are {@code long}s that stop growing at {@link #CEILING}: whatever the query asks
 * for, its cost only grows with what it asks, and a query past the budget is refused.
 */
final class QueryCost extends SimplePerformantInstrumentation {

    /** Where costs stop growing: far above any budget, far below overflowing a long. */
    static final long CEILING = 1_000_000_000_000L;
    /** Cost multiplier of a list that takes no page size: bylines, tags, blocks, sections. */
    static final int SMALL_LIST = 5;
    /** The largest page a list field accepts; larger values are refused by the field itself. */
    static final int MAX_PAGE = 100;
    /** The page size of a connection when {@code first} is left out. */
    static final int DEFAULT_PAGE = 20;

    private final GraphQLConfig config;

    QueryCost(GraphQLConfig config) {
        this.config = config;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        var context = parameters.getExecutionContext();
        // The cost of each field's selections, summed as they are visited, children before parents.
        var selections = new HashMap<QueryVisitorFieldEnvironment, Long>();
        var total = new long[1];
        QueryTraverser.newQueryTraverser()
                .schema(context.getGraphQLSchema())
                .document(context.getDocument())
                .operationName(context.getExecutionInput().getOperationName())
                .coercedVariables(context.getCoercedVariables())
                .build()
                .visitPostOrder(new QueryVisitorStub() {
                    @Override
                    public void visitField(QueryVisitorFieldEnvironment env) {
                        if (env.isTypeNameIntrospectionField()) {
                            return;
                        }
                        long cost = of(env, selections.getOrDefault(env, 0L));
                        var parent = env.getParentEnvironment();
                        if (parent == null) {
                            total[0] = plus(total[0], cost);
                        } else {
                            selections.merge(parent, cost, QueryCost::plus);
                        }
                    }
                });
        if (total[0] > config.maxCost()) {
            var cost = total[0] >= CEILING ? "more than " + CEILING : Long.toString(total[0]);
            throw new QueryLimitExceeded("query-too-costly", "The query costs " + cost + "; at most "
                    + config.maxCost() + " is allowed. Ask for smaller pages, fewer nested lists, counts or "
                    + "searches, or fewer fields.");
        }
        return SimpleInstrumentationContext.noOp();
    }

    /** The cost of one field whose selections cost {@code selections}, as {@link GraphQLConfig} describes it. */
    long of(QueryVisitorFieldEnvironment env, long selections) {
        var name = env.getField().getName();
        if (isIntrospection(env)) {
            return plus(1, selections);
        }
        if ("totalCount".equals(name) || "totalCountCapped".equals(name)) {
            return plus(config.totalCountCost(), searches(env.getParentEnvironment()) ? config.searchCost() : 0);
        }
        long cost = plus(1, times(selections, itemsOf(env)));
        if (isConnection(env.getFieldDefinition()) && searches(env)) {
            cost = plus(cost, config.searchCost());
        }
        return cost;
    }

    static long plus(long a, long b) {
        return Math.min(CEILING, a + b);
    }

    static long times(long a, long b) {
        return a != 0 && b > CEILING / a ? CEILING : Math.min(CEILING, a * b);
    }

    /** How many times a field's selections run: once per item of the list it is. */
    private static long itemsOf(QueryVisitorFieldEnvironment env) {
        var type = GraphQLTypeUtil.unwrapNonNull(env.getFieldDefinition().getType());
        var parent = env.getParentEnvironment();
        if ("edges".equals(env.getField().getName()) && parent != null && isConnection(parent.getFieldDefinition())) {
            return pageSize(parent.getArguments(), DEFAULT_PAGE);
        }
        if (!GraphQLTypeUtil.isList(type)) {
            return 1;
        }
        return pageSize(env.getArguments(), SMALL_LIST);
    }

    private static long pageSize(Map<String, Object> arguments, int otherwise) {
        // A variable's value arrives as whatever number type SmallRye read it as, not always Integer.
        return arguments.get("first") instanceof Number first
                ? Math.max(1, Math.min(first.longValue(), MAX_PAGE)) : otherwise;
    }

    private static boolean isConnection(GraphQLFieldDefinition field) {
        return GraphQLTypeUtil.unwrapAll(field.getType()).getName().endsWith("Connection");
    }

    /** Whether the field's filter asks for a text search. */
    private static boolean searches(QueryVisitorFieldEnvironment env) {
        return env != null && env.getArguments().get("filter") instanceof Map<?, ?> filter
                && filter.get("q") instanceof String q && !q.isBlank();
    }

    private static boolean isIntrospection(QueryVisitorFieldEnvironment env) {
        return env.getField().getName().startsWith("__") || GraphQLTypeUtil.unwrapAll(env.getParentType()).getName().startsWith("__");
    }
}
