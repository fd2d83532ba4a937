package dev.masthead.graphql;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Bounds on what one GraphQL request may ask, under {@code masthead.graphql}.
 * <p>
 * The cost model, checked before anything runs ({@link #maxCost()}):
 * <ul>
 * <li>every field costs 1 plus the cost of its selections;</li>
 * <li>a connection's {@code edges} count their selections once per teaser of the page:
 * times {@code first}, or 20 when it is left out;</li>
 * <li>{@code latest} and {@code related} count theirs times {@code first}, or 5 when it
 * is left out; every other list (bylines, tags, blocks, sections) times 5;</li>
 * <li>a connection whose {@code filter.q} asks for a text search costs {@link #searchCost()}
 * more;</li>
 * <li>{@code totalCount} and {@code totalCountCapped} cost {@link #totalCountCost()} each,
 * plus {@link #searchCost()} on a searched connection;</li>
 * <li>introspection fields ({@code __schema}, {@code __type} and below) cost 1 each, with
 * no list multipliers; their size is bounded by the field count and
 * {@link #maxIntrospectionDepth()}.</li>
 * </ul>
 * So a list nested in another (a section's articles, a teaser's tags' articles) is paid for
 * once per parent the outer page can hold, search and counts included.
 */
@ConfigMapping(prefix = "masthead.graphql")
public interface GraphQLConfig {

    /** Deepest selection nesting allowed, introspection aside. */
    @WithDefault("12")
    int maxDepth();

    /**
     * Deepest nesting allowed inside {@code __schema} or {@code __type}: the standard
     * introspection query (GraphiQL, graphql-codegen) nests 15 deep, for nine levels of
     * {@code ofType}.
     */
    @WithDefault("20")
    int maxIntrospectionDepth();

    /** Highest cost allowed, as computed by the model above. */
    @WithDefault("10000")
    int maxCost();

    /** Extra cost of a connection searched by {@code filter.q}, and of each count over one. */
    @WithDefault("2000")
    int searchCost();

    /** Cost of {@code totalCount} (or {@code totalCountCapped}) on a connection. */
    @WithDefault("100")
    int totalCountCost();

    /**
     * Most matches a {@code totalCount} counts: beyond this it answers the cap and
     * {@code totalCountCapped} is true, so a count reads at most this many rows plus one.
     */
    @WithDefault("1000")
    int totalCountCap();

    /** Most aliases one document may use, fragments counted at every use. */
    @WithDefault("30")
    int maxAliases();

    /** Most field selections one document may make, fragments counted at every use. */
    @WithDefault("500")
    int maxFields();

    /** Longest query text accepted, in characters. */
    @WithDefault("20000")
    int maxQueryLength();

    /**
     * How long one request may run. Past it, no further field is fetched and the answer
     * is a {@code query-timeout} error; a request whose client has gone away stops the
     * same way. A database statement already running is bounded by the database's own
     * statement timeout.
     */
    @WithDefault("10s")
    Duration executionTimeout();

    /**
     * How much memory the Automatic Persisted Queries registered on this instance may take,
     * each counted at two bytes a character plus 64; past it the least used are dropped (their
     * clients register them again). Each is at most {@link #maxQueryLength()} characters.
     */
    @WithDefault("4M")
    MemorySize persistedQueriesSize();
}
