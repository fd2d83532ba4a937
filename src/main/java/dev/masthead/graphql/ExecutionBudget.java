package dev.masthead.graphql;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ContextNotActiveException;
import java.util.concurrent.CompletableFuture;

/**
 * Stops a request's work once it has run for {@code masthead.graphql.execution-timeout},
 * or once its client has gone away: no further field is fetched and no further batch reads
 * the database (see {@link GraphQLLimits#stopped}), and the answer is one
 * {@code query-timeout} error. graphql-java cannot interrupt a
 * fetch already running; a statement in the database is bounded by the database's own
 * statement timeout.
 */
final class ExecutionBudget extends SimplePerformantInstrumentation {

    /** Why a request stopped early, as counted in {@code masthead.graphql.stopped{reason}}. */
    enum Stop {
        TIMEOUT("timeout"), CLIENT_GONE("client-gone");

        private final String tag;

        Stop(String tag) {
            this.tag = tag;
        }
    }

    private final GraphQLConfig config;
    private final CurrentVertxRequest request;
    private final MeterRegistry meters;

    ExecutionBudget(GraphQLConfig config, CurrentVertxRequest request, MeterRegistry meters) {
        this.config = config;
        this.request = request;
        this.meters = meters;
    }

    private final class Budget implements InstrumentationState {

        private final long deadline = System.nanoTime() + config.executionTimeout().toNanos();
        private final HttpServerResponse response = currentResponse();
        private volatile Stop stopped;

        /** Why the request must stop now, or null while it may go on. */
        Stop check() {
            if (stopped == null) {
                var reason = response != null && response.closed() ? Stop.CLIENT_GONE
                        : System.nanoTime() - deadline > 0 ? Stop.TIMEOUT : null;
                if (reason != null) {
                    stop(reason);
                }
            }
            return stopped;
        }

        private synchronized void stop(Stop reason) {
            if (stopped == null) {
                stopped = reason;
                meters.counter("masthead.graphql.stopped", "reason", reason.tag).increment();
                Log.debugf("GraphQL request stopped: %s", reason.tag);
            }
        }
    }

    private HttpServerResponse currentResponse() {
        try {
            var current = request.getCurrent();
            return current == null ? null : current.response();
        } catch (ContextNotActiveException e) {
            return null;
        }
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        var budget = new Budget();
        // Batches read the database outside any data fetcher, at their level's dispatch; they ask here.
        parameters.getExecutionInput().getGraphQLContext().put(Budget.class, budget);
        return CompletableFuture.completedFuture(budget);
    }

    /**
     * Whether the request of this context has run out of time or lost its client, so a batch
     * about to read the database must not: the answer will be one {@code query-timeout} error.
     */
    static boolean stopped(GraphQLContext context) {
        return context != null && context.get(Budget.class) instanceof Budget budget && budget.check() != null;
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (parameters.isTrivialDataFetcher() || !(state instanceof Budget budget)) {
            return fetcher;
        }
        return env -> {
            if (budget.check() != null) {
                return DataFetcherResult.newResult()
                        .error(GraphqlErrorBuilder.newError(env).message("Stopped.").build())
                        .build();
            }
            return fetcher.get(env);
        };
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (state instanceof Budget budget && budget.stopped != null) {
            // Whatever was fetched before the stop is left out: a partial page would look whole.
            var error = new QueryLimitExceeded("query-timeout", "The query ran longer than "
                    + config.executionTimeout().toMillis() + " ms and was stopped. Ask for less: smaller pages, "
                    + "fewer nested lists, counts or searches.");
            return CompletableFuture.completedFuture(ExecutionResult.newExecutionResult().addError(error).build());
        }
        return CompletableFuture.completedFuture(result);
    }
}
