package dev.masthead.graphql;

import graphql.GraphQL;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Node;
import graphql.schema.GraphQLTypeUtil;
import graphql.validation.ValidationError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds every GraphQL request before it runs: query length, aliases, field count, depth
 * and cost (list sizes multiplied in). Installed on the graphql-java builder, so it
 * replaces SmallRye's own depth and complexity instrumentation, which is left unset.
 */
@ApplicationScoped
public class GraphQLLimits {

    /** Cost multiplier of a list that takes no page size: bylines, tags, blocks, sections. */
    static final int SMALL_LIST = 5;
    /** The largest page a list field accepts; larger values are refused by the field itself. */
    static final int MAX_PAGE = 100;

    private final GraphQLConfig config;

    public GraphQLLimits(GraphQLConfig config) {
        this.config = config;
    }

    GraphQL.Builder install(@Observes GraphQL.Builder builder) {
        var depth = new MaxQueryDepthInstrumentation(config.maxDepth(), info -> {
            throw new QueryLimitExceeded("query-too-deep", "The query nests " + info.getDepth()
                    + " levels deep; at most " + config.maxDepth() + " are allowed.");
        });
        var cost = new MaxQueryComplexityInstrumentation(config.maxCost(), costOfField(), info -> {
            throw new QueryLimitExceeded("query-too-costly", "The query costs " + info.getComplexity()
                    + "; at most " + config.maxCost() + " is allowed. Ask for smaller pages or fewer fields.");
        });
        return builder.instrumentation(new ChainedInstrumentation(List.of(new ShapeLimits(), depth, cost)));
    }

    /** 1 for the field plus its selections, times the page size (or a small estimate) for lists. */
    static FieldComplexityCalculator costOfField() {
        return (env, childCost) -> {
            var type = GraphQLTypeUtil.unwrapNonNull(env.getFieldDefinition().getType());
            var named = GraphQLTypeUtil.unwrapAll(type).getName();
            long multiplier = 1;
            if (env.getArguments().get("first") instanceof Integer first) {
                multiplier = Math.max(1, Math.min(first, MAX_PAGE));
            } else if (named.endsWith("Connection")) {
                multiplier = 20;
            } else if ("latest".equals(env.getField().getName())) {
                multiplier = 5;
            } else if (GraphQLTypeUtil.isList(type) && !"edges".equals(env.getField().getName())) {
                multiplier = SMALL_LIST;
            }
            return (int) Math.min(Integer.MAX_VALUE, 1 + childCost * multiplier);
        };
    }

    /** Limits on the written query: its length, its aliases and its field selections. */
    private final class ShapeLimits extends SimplePerformantInstrumentation {

        @Override
        public InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters,
                InstrumentationState state) {
            var query = parameters.getQuery();
            if (query != null && query.length() > config.maxQueryLength()) {
                throw new QueryLimitExceeded("query-too-long", "The query is " + query.length()
                        + " characters long; at most " + config.maxQueryLength() + " are allowed.");
            }
            return SimpleInstrumentationContext.noOp();
        }

        @Override
        public InstrumentationContext<List<ValidationError>> beginValidation(
                InstrumentationValidationParameters parameters, InstrumentationState state) {
            var fields = new AtomicInteger();
            var aliases = new AtomicInteger();
            count(parameters.getDocument(), fields, aliases);
            if (aliases.get() > config.maxAliases()) {
                throw new QueryLimitExceeded("too-many-aliases", "The query uses " + aliases.get()
                        + " aliases; at most " + config.maxAliases() + " are allowed.");
            }
            if (fields.get() > config.maxFields()) {
                throw new QueryLimitExceeded("too-many-fields", "The query selects " + fields.get()
                        + " fields; at most " + config.maxFields() + " are allowed.");
            }
            return SimpleInstrumentationContext.noOp();
        }

        private void count(Node<?> node, AtomicInteger fields, AtomicInteger aliases) {
            if (node instanceof Field field) {
                fields.incrementAndGet();
                if (field.getAlias() != null) {
                    aliases.incrementAndGet();
                }
            }
            for (var child : node.getChildren()) {
                count(child, fields, aliases);
            }
        }
    }
}
