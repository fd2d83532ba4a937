package dev.masthead.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The Automatic Persisted Queries registered on this instance, by the hex SHA-256 of their
 * text: in memory, bounded by {@link GraphQLConfig#persistedQueriesSize()}. Another instance,
 * or this one after a restart or an eviction, answers {@code PersistedQueryNotFound} once and
 * the client registers the query again; that is Apollo's protocol, so nothing is shared.
 */
@ApplicationScoped
public class PersistedQueries {

    private final Cache<String, String> queries;

    public PersistedQueries(GraphQLConfig config) {
        this.queries = Caffeine.newBuilder()
                .maximumWeight(config.persistedQueriesSize().asLongValue())
                .<String, String>weigher((hash, query) -> 64 + 2 * (hash.length() + query.length()))
                .build();
    }

    /** The query registered under the hash, or null. */
    String query(String sha256Hex) {
        return queries.getIfPresent(sha256Hex);
    }

    void register(String sha256Hex, String query) {
        queries.put(sha256Hex, query);
    }
}
