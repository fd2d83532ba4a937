package dev.masthead.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The committed OpenAPI document is the one the code generates; integrators read the committed one. */
@QuarkusTest
class OpenApiContractTest {

    private static final Path COMMITTED = Path.of("openapi/openapi.yaml");

    @Test
    void committedOpenApiDocumentMatchesTheCode() throws Exception {
        var yaml = new ObjectMapper(new YAMLFactory());
        var generated = yaml.readTree(given().get("/q/openapi").then().statusCode(200).extract().asString());
        var committed = yaml.readTree(Files.readString(COMMITTED));

        assertThat(committed)
                .withFailMessage("openapi/openapi.yaml differs from what the code generates. "
                        + "Run ./mvnw -DskipTests package (the build rewrites the file) and commit it.")
                .isEqualTo(generated);
    }

    @Test
    void everyOperationDocumentsItsProblemResponses() throws Exception {
        var document = committed();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            var responses = operation.getValue().get("responses");
            assertThat(operation.getValue().get("summary")).as(path.getKey() + " summary").isNotNull();
            assertThat(operation.getValue().get("operationId")).as(path.getKey() + " operationId").isNotNull();
            responses.properties().stream().filter(r -> r.getKey().startsWith("4"))
                    .forEach(r -> assertThat(resolve(document, r.getValue())
                            .at("/content/application~1problem+json/schema/$ref").asText())
                            .as(path.getKey() + " " + r.getKey())
                            .isEqualTo("#/components/schemas/Problem"));
            // A redirect has no body to negotiate, so it cannot be refused for its Accept header.
            var redirectOnly = responses.properties().stream()
                    .allMatch(r -> r.getKey().startsWith("3") || r.getKey().equals("403"));
            assertThat(redirectOnly || responses.has("406")).as(path.getKey() + " documents 406").isTrue();
        }));
    }

    @Test
    void everyObjectSchemaListsThePropertiesThatAreAlwaysThere() throws Exception {
        // JSON carries every property, null or not, except where a record omits unset ones
        // (@JsonInclude(NON_NULL): Problem, PageInfo, the body blocks, JSON Feed, whose spec wants
        // absent members rather than nulls) and in request bodies,
        // whose optional fields a client may leave out. Everywhere else, every property is required.
        var mayOmit = Set.of("Problem", "PageInfo", "AdminPageInfo", "AddressRequest", "ApiTokenInput", "NewsletterSignup",
                "JsonFeed", "JsonFeedItem");
        var problems = new ArrayList<String>();
        committed().get("components").get("schemas").properties().forEach(entry -> {
            var name = entry.getKey();
            var schema = entry.getValue();
            if (!schema.has("properties")) {
                return;
            }
            var required = new HashSet<String>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            // An input may have no field it always needs (a body that is html or blocks, a merge patch).
            if (required.isEmpty() && !name.endsWith("Input")) {
                problems.add(name + " has no required list");
            }
            schema.get("properties").properties().forEach(property -> {
                if (required.contains(property.getKey())) {
                    return;
                }
                // Request bodies are named ...Input; what a client may leave out, it may leave out.
                if (!mayOmit.contains(name) && !name.endsWith("Block") && !name.endsWith("Input")) {
                    problems.add(name + "." + property.getKey() + " is not required");
                }
                if (permitsNull(property.getValue())) {
                    problems.add(name + "." + property.getKey() + " is nullable yet may be absent: choose one");
                }
            });
        });
        assertThat(problems).isEmpty();
    }

    private static boolean permitsNull(JsonNode schema) {
        var nullType = new TextNode("null");
        return schema.path("type").equals(nullType)
                || (schema.path("type").isArray() && contains(schema.get("type"), nullType))
                || (schema.path("anyOf").isArray() && schemaListPermitsNull(schema.get("anyOf")))
                || (schema.path("oneOf").isArray() && schemaListPermitsNull(schema.get("oneOf")));
    }

    private static boolean schemaListPermitsNull(JsonNode schemas) {
        for (var s : schemas) {
            if (permitsNull(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(JsonNode array, JsonNode value) {
        for (var item : array) {
            if (item.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        var ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? resolve(document, document.at(ref.substring(1))) : node;
    }

    private static JsonNode committed() throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(Files.readString(COMMITTED));
    }
}
