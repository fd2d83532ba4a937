package dev.masthead.graphql;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bounds on what one GraphQL request may ask, under {@code masthead.graphql}. */
@ConfigMapping(prefix = "masthead.graphql")
public interface GraphQLConfig {

    /** Deepest selection nesting allowed. */
    @WithDefault("12")
    int maxDepth();

    /**
     * Highest cost allowed: each field costs 1 plus its selections, multiplied by the page
     * size for lists ({@code first}, or its default) and by 5 for other lists.
     */
    @WithDefault("10000")
    int maxCost();

    /** Most aliases one document may use. */
    @WithDefault("30")
    int maxAliases();

    /** Most field selections one document may write out. */
    @WithDefault("500")
    int maxFields();

    /** Longest query text accepted, in characters. */
    @WithDefault("20000")
    int maxQueryLength();
}
