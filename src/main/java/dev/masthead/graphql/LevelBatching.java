package dev.masthead.graphql;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.dataloader.DataLoaderRegistry;

/**
 * Makes every data loader of a request batch all the parents of one selection level
 * together, whatever order and speed their values arrive in: each level's loads then cost
 * one statement however many parents the level has.
 * <p>
 * graphql-java (24) dispatches per level: once every field of a level has been fetched it
 * calls {@link DataLoaderRegistry#dispatchAll()}, which sends every key queued so far, of
 * any level. It relies on no field value being used before the dispatch of its level.
 * Asynchronous values break that: a blocking resolver (a root {@code author(slug:)}, say)
 * runs on a worker, and when the worker wins the race against the event loop its future is
 * already complete when graphql-java chains on it, so the value's own selection (its
 * {@code articles}) is fetched, and queues its key, while the level is still being fetched.
 * The level's dispatch then sends that key alone and the siblings' keys follow in a second
 * round: the same selection costs more statements from one run to the next. A loader's
 * cached answer (the same list asked again deeper down) is complete at once too.
 * <p>
 * So every asynchronous field value is held until the registry is next dispatched after its
 * fetch, which is its own level's dispatch since no value is used before it, and is handed on
 * only once every loader of that dispatch has been sent: the keys its selection queues then
 * wait for the dispatch of their own level.
 */
final class LevelBatching extends SimplePerformantInstrumentation {

    /** The request's barrier: values fetched since the last dispatch wait for the next one. */
    private static final class Levels implements InstrumentationState {

        private CompletableFuture<Void> barrier = new CompletableFuture<>();

        synchronized CompletableFuture<Void> barrier() {
            return barrier;
        }

        /** Every loader has been dispatched: lets the values waiting for that go on. */
        void dispatched() {
            CompletableFuture<Void> passed;
            synchronized (this) {
                passed = barrier;
                barrier = new CompletableFuture<>();
            }
            passed.complete(null);
        }
    }

    /** The request's data loaders, as SmallRye and ArticleLoaders register them, telling the barrier of each dispatch. */
    private static final class Registry extends DataLoaderRegistry {

        private final Levels levels;

        Registry(DataLoaderRegistry loaders, Levels levels) {
            super(loaders.getDataLoadersMap(), loaders.getInstrumentation());
            this.levels = levels;
        }

        @Override
        public void dispatchAll() {
            super.dispatchAll();
            levels.dispatched();
        }

        @Override
        public int dispatchAllWithCount() {
            int dispatched = super.dispatchAllWithCount();
            levels.dispatched();
            return dispatched;
        }
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return CompletableFuture.completedFuture(new Levels());
    }

    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        if (!(state instanceof Levels levels)) {
            return input;
        }
        return input.transform(builder -> builder.dataLoaderRegistry(new Registry(input.getDataLoaderRegistry(), levels)));
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (parameters.isTrivialDataFetcher() || !(state instanceof Levels levels)) {
            return fetcher;
        }
        return env -> {
            var value = fetcher.get(env);
            if (value instanceof CompletionStage<?> stage) {
                return stage.toCompletableFuture().thenCombine(levels.barrier(), (fetched, passed) -> fetched);
            }
            return value;
        };
    }
}
