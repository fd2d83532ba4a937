package dev.masthead.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
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
        var yaml = new ObjectMapper(new YAMLFactory());
        var document = yaml.readTree(Files.readString(COMMITTED));
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            var responses = operation.getValue().get("responses");
            assertThat(operation.getValue().get("summary")).as(path.getKey() + " summary").isNotNull();
            assertThat(operation.getValue().get("operationId")).as(path.getKey() + " operationId").isNotNull();
            responses.properties().stream().filter(r -> r.getKey().startsWith("4"))
                    .forEach(r -> assertThat(r.getValue().at("/content/application~1problem+json/schema/$ref").asText())
                            .as(path.getKey() + " " + r.getKey())
                            .isEqualTo("#/components/schemas/Problem"));
            // A redirect has no body to negotiate, so it cannot be refused for its Accept header.
            var redirectOnly = responses.properties().stream().allMatch(r -> r.getKey().startsWith("3"));
            assertThat(redirectOnly || responses.has("406")).as(path.getKey() + " documents 406").isTrue();
        }));
    }
}
