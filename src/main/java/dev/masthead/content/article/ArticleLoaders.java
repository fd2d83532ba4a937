package dev.masthead.content.article;

import dev.masthead.graphql.GraphQLConfig;
import dev.masthead.graphql.GraphQLLimits;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;

/**
 * Batches the article lists and counts a GraphQL selection asks for once per parent (every
 * section's, tag's or author's articles, every connection's totalCount): all of one
 * request level are answered together, in one statement, whatever the number of parents.
 * <p>
 * Each load is keyed by its whole question, arguments included. SmallRye's own batching
 * ({@code @Source List<...>}) hands a batch the arguments of its first parent only, so two
 * aliases asking one section for different pages would both get the first one's.
 */
@ApplicationScoped
public class ArticleLoaders {

    private static final String PAGES = ArticleLoaders.class.getName() + ".pages";
    private static final String COUNTS = ArticleLoaders.class.getName() + ".counts";

    private final ArticleService articles;
    private final Context context;
    private final GraphQLConfig config;

    public ArticleLoaders(ArticleService articles, Context context, GraphQLConfig config) {
        this.articles = articles;
        this.context = context;
        this.config = config;
    }

    /** The connection {@link ArticleService#connection} would give for the query, batched with its siblings. */
    public CompletionStage<ArticleConnection> connection(ArticleQuery query) {
        return this.<ArticleConnection>loader(PAGES, articles::connections).load(query);
    }

    /** The count of the query's matches, up to the configured cap, batched with its siblings. */
    public CompletionStage<ArticleCount> count(ArticleQuery query) {
        return this.<ArticleCount>loader(COUNTS, queries -> articles.counts(queries, config.totalCountCap())).load(query);
    }

    /**
     * The request's loader of that name, made on first use; graphql-java dispatches every
     * loader of the request's registry once a level of the selection has been fetched, and
     * {@code graphql.LevelBatching} sees that no key of a deeper level is queued by then.
     */
    private <V> DataLoader<ArticleQuery, V> loader(String name, Function<List<ArticleQuery>, List<V>> batch) {
        var env = context.unwrap(DataFetchingEnvironment.class);
        var registry = env.getDataLoaderRegistry();
        // A request stopped by its time limit reads nothing more; its answer is a timeout error.
        var graphql = env.getGraphQlContext();
        Function<List<ArticleQuery>, List<V>> unlessStopped = keys -> GraphQLLimits.stopped(graphql)
                ? Collections.nCopies(keys.size(), null) : batch.apply(keys);
        // The batch reads the database, so it runs on a worker; its result comes back on this
        // request's Vert.x context, where SmallRye expects to resume.
        var vertx = Vertx.currentContext();
        return registry.computeIfAbsent(name, n -> DataLoaderFactory.<ArticleQuery, V>newDataLoader(keys -> {
            if (vertx == null) {
                try {
                    return CompletableFuture.completedFuture(unlessStopped.apply(keys));
                } catch (RuntimeException e) {
                    return CompletableFuture.failedFuture(e);
                }
            }
            return vertx.executeBlocking(() -> unlessStopped.apply(keys), false).toCompletionStage();
        }));
    }
}
