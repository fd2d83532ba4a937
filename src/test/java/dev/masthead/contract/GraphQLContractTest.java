package dev.masthead.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed GraphQL schema is the one the code serves. To refresh it after changing
 * the API: {@code ./mvnw test -Dtest=GraphQLContractTest -Dmasthead.contracts.write=true}.
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
