package dev.masthead.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.BooleanValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * SmallRye's {@code Int} accepts any number as a variable value and fails only later,
 * inside the field, as "Something went wrong on our side". This one checks a variable's
 * value where the GraphQL spec says to, so {@code {"first": 3000000000}} is refused before
 * execution with an error naming the variable; literals likewise, which SmallRye lets wrap
 * around. Everything else is SmallRye's.
 */
final class StrictInt implements Coercing<Object, Object> {

    private static final BigDecimal MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    private final Coercing<?, ?> delegate;

    private StrictInt(Coercing<?, ?> delegate) {
        this.delegate = delegate;
    }

    /** The schema with its {@code Int} coercing made strict about variable values. */
    static GraphQLSchema in(GraphQLSchema schema) {
        return SchemaTransformer.transformSchema(schema, new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLScalarType(GraphQLScalarType node,
                    TraverserContext<GraphQLSchemaElement> context) {
                if (!"Int".equals(node.getName()) || node.getCoercing() instanceof StrictInt) {
                    return TraversalControl.CONTINUE;
                }
                return changeNode(context, node.transform(b -> b.coercing(new StrictInt(node.getCoercing()))));
            }
        });
    }

    @Override
    public Object parseValue(Object input, GraphQLContext context, Locale locale) throws CoercingParseValueException {
        if (!(input instanceof Number number) || !isInt(number)) {
            throw CoercingParseValueException.newCoercingParseValueException()
                    .message("Int cannot represent " + describe(input)
                            + "; it takes a whole number from -2147483648 to 2147483647.")
                    .build();
        }
        return delegate.parseValue(input, context, locale);
    }

    private static boolean isInt(Number number) {
        BigDecimal value;
        try {
            value = new BigDecimal(number.toString());
        } catch (NumberFormatException e) {
            return false;
        }
        return value.stripTrailingZeros().scale() <= 0 && value.compareTo(MIN) >= 0 && value.compareTo(MAX) <= 0;
    }

    private static String describe(Object input) {
        var number = input instanceof IntValue literal ? literal.getValue() : input;
        if (number instanceof Number) {
            var text = number.toString();
            return text.length() <= 40 ? text : text.substring(0, 40) + "…";
        }
        return input instanceof String || input instanceof StringValue ? "a string"
                : input instanceof Boolean || input instanceof BooleanValue ? "a boolean" : "that value";
    }

    @Override
    public Object serialize(Object value, GraphQLContext context, Locale locale) throws CoercingSerializeException {
        return delegate.serialize(value, context, locale);
    }

    @Override
    public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale)
            throws CoercingParseLiteralException {
        if (!(input instanceof IntValue literal) || !isInt(literal.getValue())) {
            throw new CoercingParseLiteralException("Int cannot represent " + describe(input)
                    + "; it takes a whole number from -2147483648 to 2147483647.");
        }
        return delegate.parseLiteral(input, variables, context, locale);
    }

    @Override
    public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
        return delegate.valueToLiteral(input, context, locale);
    }
}
