package dev.masthead.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

import dev.masthead.testing.GraphQL;
import graphql.introspection.IntrospectionResultToSchema;
import graphql.language.AstPrinter;
import graphql.language.Node;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.InputValueWithState;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The committed GraphQL schema is the one the code serves, and SDL that tools can build a
 * schema from. To refresh it after changing the API:
 * {@code ./mvnw test -Dtest=GraphQLContractTest -Dmasthead.contracts.write=true}.
 */
@QuarkusTest
class GraphQLContractTest {

    private static final Path COMMITTED = Path.of("openapi/schema.graphql");

    @Test
    void committedGraphQLSchemaMatchesTheCode() throws Exception {
        var served = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("masthead.contracts.write")) {
            Files.writeString(COMMITTED, served);
        }
        assertThat(Files.exists(COMMITTED)).as("openapi/schema.graphql exists").isTrue();
        assertThat(Files.readString(COMMITTED))
                .withFailMessage("openapi/schema.graphql differs from the schema the code serves. Run "
                        + "./mvnw test -Dtest=GraphQLContractTest -Dmasthead.contracts.write=true and commit it.")
                .isEqualTo(served);
    }

    @Test
    void committedSchemaIsValidSdlWithTheShapeOfTheRunningSchema() throws Exception {
        var committed = UnExecutableSchemaGenerator.makeUnExecutableSchema(
                new SchemaParser().parse(Files.readString(COMMITTED)));
        Map<String, Object> introspection = GraphQL.post(GraphQL.introspectionQuery()).body("errors", nullValue())
                .extract().jsonPath().getMap("data");
        var running = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser()
                .buildRegistry(new IntrospectionResultToSchema().createSchemaDefinition(introspection)));

        assertThat(shape(committed)).isNotEmpty().containsExactlyElementsOf(shape(running));
    }

    /** Every type, field, argument, input field and enum value, with its type (nullability included) and default. */
    private static SortedSet<String> shape(GraphQLSchema schema) {
        var shape = new TreeSet<String>();
        shape.add("query: " + schema.getQueryType().getName());
        shape.add("mutation: " + (schema.getMutationType() == null ? "-" : schema.getMutationType().getName()));
        for (var type : schema.getAllTypesAsList()) {
            var name = type.getName();
            if (name.startsWith("__") || type instanceof GraphQLScalarType scalar && ScalarInfo.isGraphqlSpecifiedScalar(scalar)) {
                continue;
            }
            if (type instanceof GraphQLScalarType) {
                shape.add("scalar " + name);
            } else if (type instanceof GraphQLEnumType enumType) {
                enumType.getValues().forEach(v -> shape.add("enum " + name + "." + v.getName()));
            } else if (type instanceof GraphQLInputObjectType input) {
                input.getFields().forEach(f -> shape.add("input " + name + "." + f.getName() + ": "
                        + GraphQLTypeUtil.simplePrint(f.getType()) + defaultOf(f.getInputFieldDefaultValue())));
            } else if (type instanceof GraphQLFieldsContainer object) {
                shape.add((type instanceof GraphQLInterfaceType ? "interface " : "type ") + name);
                for (var field : object.getFieldDefinitions()) {
                    shape.add(name + "." + field.getName() + ": " + GraphQLTypeUtil.simplePrint(field.getType()));
                    field.getArguments().forEach(a -> shape.add(name + "." + field.getName() + "(" + a.getName() + ": "
                            + GraphQLTypeUtil.simplePrint(a.getType()) + defaultOf(a.getArgumentDefaultValue()) + ")"));
                }
            } else {
                shape.add("other " + name);
            }
        }
        return shape;
    }

    private static String defaultOf(InputValueWithState value) {
        if (!value.isSet()) {
            return "";
        }
        return " = " + (value.isLiteral() ? AstPrinter.printAst((Node<?>) value.getValue()) : value.getValue());
    }

    @Test
    void everyTypeAndOperationIsDescribed() {
        var schema = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        var undocumented = new java.util.ArrayList<String>();
        String previous = "";
        for (var line : schema.split("\n")) {
            var trimmed = line.strip();
            boolean definition = trimmed.matches("^(type|input|enum) \\w+.*\\{$") && !trimmed.startsWith("type Query");
            boolean queryField = line.startsWith("  ") && !line.startsWith("   ") && trimmed.matches("^\\w+[(:].*")
                    && !previous.endsWith("\"") && !previous.endsWith("\"\"\"");
            if (definition && !previous.endsWith("\"") && !previous.endsWith("\"\"\"")) {
                undocumented.add(trimmed);
            }
            if (queryField && inQuery(schema, line)) {
                undocumented.add(trimmed);
            }
            previous = trimmed;
        }
        assertThat(undocumented).as("types and Query fields without a description").isEmpty();
    }

    private static boolean inQuery(String schema, String line) {
        var start = schema.indexOf("type Query {");
        var end = schema.indexOf("\n}", start);
        var at = schema.indexOf(line + "\n", start);
        return start >= 0 && at > start && at < end;
    }
}
