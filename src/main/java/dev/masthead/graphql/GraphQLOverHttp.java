package dev.masthead.graphql;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.OperationDefinition;
import io.quarkus.logging.Log;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ContextNotActiveException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The parts of GraphQL over HTTP that need the parsed document or the result, told to
 * {@link GraphQLRequests} through the request's routing context, which sets the status:
 * <ul>
 * <li>a GET runs the query and operation name {@link GraphQLRequests} decoded from the URL,
 * once ({@link Get});</li>
 * <li>a GET whose operation to run is a mutation is refused before any field is fetched,
 * whatever spelling of the URL smuggled it in ({@link Mutations});</li>
 * <li>an answer with errors and no data says which kind of failure it was
 * ({@link Statuses}).</li>
 * </ul>
 */
final class GraphQLOverHttp {

    /** What {@link GraphQLRequests} decoded from a GET's URL; held in the routing context. */
    record Get(String query, String operationName) {
        static final String KEY = Get.class.getName();
    }

    /** The status of an answer with errors and no data, when it is served as graphql-response+json. */
    static final String ERROR_STATUS = GraphQLOverHttp.class.getName() + ".errorStatus";
    /**
     * Set once graphql-java starts on the request. SmallRye answers a document it cannot
     * parse by itself, before that, with an error and no data.
     */
    static final String STARTED = GraphQLOverHttp.class.getName() + ".started";
    /** Set when the request asked for a mutation by GET: 405 whatever the media type. */
    static final String MUTATION_BY_GET = GraphQLOverHttp.class.getName() + ".mutationByGet";

    private GraphQLOverHttp() {
    }

    /** The request's routing context, held from the start so that any thread may use it. */
    private record Exchange(RoutingContext ctx) implements InstrumentationState {

        static Exchange of(CurrentVertxRequest request) {
            try {
                return new Exchange(request.getCurrent());
            } catch (ContextNotActiveException e) {
                return new Exchange(null);
            }
        }

        boolean isGet() {
            return ctx != null && HttpMethod.GET.equals(ctx.request().method());
        }
    }

    /** First in the chain: before any other check looks at the operation. */
    static final class Mutations extends SimplePerformantInstrumentation {

        private final CurrentVertxRequest request;

        Mutations(CurrentVertxRequest request) {
            this.request = request;
        }

        @Override
        public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
            var exchange = Exchange.of(request);
            if (exchange.ctx() != null) {
                exchange.ctx().put(STARTED, true);
            }
            return CompletableFuture.completedFuture(exchange);
        }

        /** SmallRye decodes a GET's parameters a second time and takes the query for the operation name. */
        @Override
        public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
                InstrumentationState state) {
            if (state instanceof Exchange exchange && exchange.isGet() && exchange.ctx().get(Get.KEY) instanceof Get get) {
                return input.transform(builder -> builder.query(get.query()).operationName(get.operationName()));
            }
            return input;
        }

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            var operation = parameters.getExecutionContext().getOperationDefinition().getOperation();
            if (operation == OperationDefinition.Operation.MUTATION && state instanceof Exchange exchange
                    && exchange.isGet()) {
                Log.debugf("405 mutation by GET on /graphql");
                exchange.ctx().put(MUTATION_BY_GET, true);
                throw new MutationByGet();
            }
            return SimpleInstrumentationContext.noOp();
        }
    }

    /** Last in the chain, so it sees the answer as it will be sent. */
    static final class Statuses extends SimplePerformantInstrumentation {

        private final CurrentVertxRequest request;

        Statuses(CurrentVertxRequest request) {
            this.request = request;
        }

        @Override
        public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
            return CompletableFuture.completedFuture(Exchange.of(request));
        }

        /**
         * No data means the operation did not run, or its answer was dropped: a request the
         * client must change (400: unparseable, invalid, over a limit), or one stopped for
         * running too long (503).
         */
        @Override
        public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                InstrumentationExecutionParameters parameters, InstrumentationState state) {
            if (state instanceof Exchange exchange && exchange.ctx() != null && !result.isDataPresent()
                    && !result.getErrors().isEmpty()) {
                boolean stopped = result.getErrors().stream()
                        .anyMatch(e -> e.getExtensions() != null && "query-timeout".equals(e.getExtensions().get("code")));
                exchange.ctx().put(ERROR_STATUS, stopped ? 503 : 400);
            }
            return CompletableFuture.completedFuture(result);
        }
    }

    /** A mutation sent by GET, which must not change state; answered 405. */
    static final class MutationByGet extends AbortExecutionException {

        MutationByGet() {
            super("Mutations change state, so they are accepted only by POST.");
        }

        @Override
        public Map<String, Object> getExtensions() {
            return Map.of("code", "method-not-allowed", "classification", "MethodNotAllowed");
        }
    }
}
