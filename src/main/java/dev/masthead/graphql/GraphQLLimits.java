package dev.masthead.graphql;

import graphql.GraphQL;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;

/**
 * Bounds every GraphQL request: its query length, aliases, field count, depth and cost
 * before anything runs, its running time while it runs. Installed on the graphql-java
 * builder, so it replaces SmallRye's own depth and complexity instrumentation, which is
 * left unset. The cost model is described on {@link GraphQLConfig}. The builder takes one
 * instrumentation, so {@link LevelBatching}, which keeps data loader batches whole, rides
 * in the same chain.
 */
@ApplicationScoped
public class GraphQLLimits {

    /** Cost multiplier of a list that takes no page size: bylines, tags, blocks, sections. */
    static final int SMALL_LIST = 5;
    /** The largest page a list field accepts; larger values are refused by the field itself. */
    static final int MAX_PAGE = 100;
    /** The page size of a connection when {@code first} is left out. */
    static final int DEFAULT_PAGE = 20;

    private final GraphQLConfig config;
    private final CurrentVertxRequest request;
    private final MeterRegistry meters;

    public GraphQLLimits(GraphQLConfig config, CurrentVertxRequest request, MeterRegistry meters) {
        this.config = config;
        this.request = request;
        this.meters = meters;
    }

    GraphQL.Builder install(@Observes GraphQL.Builder builder, GraphQLSchema schema) {
        var cost = new MaxQueryComplexityInstrumentation(config.maxCost(), costOfField(config), info -> {
            throw new QueryLimitExceeded("query-too-costly", "The query costs " + info.getComplexity()
                    + "; at most " + config.maxCost() + " is allowed. Ask for smaller pages, fewer nested lists, "
                    + "counts or searches, or fewer fields.");
        });
        return builder.schema(StrictInt.in(schema)).instrumentation(new ChainedInstrumentation(List.of(
                new DocumentShape(config), new DepthLimit(config), cost, new ExecutionBudget(config, request, meters),
                new LevelBatching())));
    }

    /** The cost of one field, as {@link GraphQLConfig} describes it. */
    static FieldComplexityCalculator costOfField(GraphQLConfig config) {
        return (env, childCost) -> {
            var name = env.getField().getName();
            long cost;
            if (isIntrospection(env)) {
                cost = 1L + childCost;
            } else if ("totalCount".equals(name) || "totalCountCapped".equals(name)) {
                cost = config.totalCountCost() + (searches(env.getParentEnvironment()) ? config.searchCost() : 0L);
            } else {
                cost = 1L + (long) childCost * itemsOf(env);
                if (isConnection(env.getFieldDefinition()) && searches(env)) {
                    cost += config.searchCost();
                }
            }
            return (int) Math.min(Integer.MAX_VALUE, cost);
        };
    }

    /** How many times a field's selections run: once per item of the list it is. */
    private static long itemsOf(FieldComplexityEnvironment env) {
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
    private static boolean searches(FieldComplexityEnvironment env) {
        return env != null && env.getArguments().get("filter") instanceof Map<?, ?> filter
                && filter.get("q") instanceof String q && !q.isBlank();
    }

    private static boolean isIntrospection(FieldComplexityEnvironment env) {
        return env.getField().getName().startsWith("__") || env.getParentType().getName().startsWith("__");
    }
}
