package dev.masthead.graphql;

import graphql.GraphQL;
import graphql.GraphQLContext;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.schema.GraphQLSchema;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * Bounds every GraphQL request: its query length, aliases, field count, depth and cost
 * before anything runs, its running time while it runs. Installed on the graphql-java
 * builder, so it replaces SmallRye's own depth and complexity instrumentation, which is
 * left unset. The cost model is described on {@link GraphQLConfig} and computed by
 * {@link QueryCost}. The builder takes one instrumentation, so {@link LevelBatching}, which
 * keeps data loader batches whole, {@link GraphQLOverHttp}'s rules and {@link AnswerKeys}, which
 * names what a GET answer was built from, ride in the same chain.
 */
@ApplicationScoped
public class GraphQLLimits {

    private final GraphQLConfig config;
    private final CurrentVertxRequest request;
    private final MeterRegistry meters;

    public GraphQLLimits(GraphQLConfig config, CurrentVertxRequest request, MeterRegistry meters) {
        this.config = config;
        this.request = request;
        this.meters = meters;
    }

    /**
     * Whether the request whose GraphQL context this is has been stopped (past its time, or
     * its client gone): a batch loader asks before it reads the database, and answers nothing.
     */
    public static boolean stopped(GraphQLContext context) {
        return ExecutionBudget.stopped(context);
    }

    GraphQL.Builder install(@Observes GraphQL.Builder builder, GraphQLSchema schema) {
        return builder.schema(StrictInt.in(schema)).instrumentation(new ChainedInstrumentation(List.of(
                new GraphQLOverHttp.Mutations(request), new DocumentShape(config), new DepthLimit(config),
                new QueryCost(config), new ExecutionBudget(config, request, meters), new LevelBatching(),
                new GraphQLOverHttp.Statuses(request), new AnswerKeys(request))));
    }
}
