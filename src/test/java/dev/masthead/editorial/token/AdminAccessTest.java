package dev.masthead.editorial.token;

import static dev.masthead.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.masthead.testing.ApiTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks every operation under /api/v1/admin/ in the committed openapi/openapi.yaml with no
 * token, a token of the wrong scope and a token of each scope the operation names, so an
 * admin endpoint added tomorrow is held to the same rules without anyone writing a test.
 * Ids in paths are ones that do not exist, so the walk changes nothing other tests see.
 */
@QuarkusTest
class AdminAccessTest {

    private static final Path DOCUMENT = Path.of("openapi/openapi.yaml");
    private static final String ADMIN = "/api/v1/admin/";
    private static final String PLACEHOLDER = "999999999";
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    /** One operation of the document and the scopes its apiToken requirement names. */
    record AdminOperation(String method, String path, List<String> scopes, JsonNode operation) {

        @Override
        public String toString() {
            return method.toUpperCase(Locale.ROOT) + " " + path + " " + scopes;
        }
    }

    static Stream<AdminOperation> adminOperations() {
        var operations = new ArrayList<AdminOperation>();
        document().path("paths").properties().forEach(path -> {
            if (!path.getKey().startsWith(ADMIN)) {
                return;
            }
            path.getValue().properties().forEach(entry -> {
                if (!Set.of("get", "put", "post", "delete", "patch").contains(entry.getKey())) {
                    return;
                }
                var scopes = new ArrayList<String>();
                entry.getValue().path("security").forEach(requirement -> requirement.path("apiToken")
                        .forEach(scope -> scopes.add(scope.asText())));
                operations.add(new AdminOperation(entry.getKey(), path.getKey(), scopes, entry.getValue()));
            });
        });
        return operations.stream();
    }

    @Test
    void theDocumentListsTheAdminOperationsKnownToday() {
        // An empty or truncated walk must not pass for a clean one.
        assertThat(adminOperations().map(o -> o.method().toUpperCase(Locale.ROOT) + " " + o.path())).contains(
                "POST /api/v1/admin/tokens", "GET /api/v1/admin/tokens", "GET /api/v1/admin/tokens/{id}",
                "DELETE /api/v1/admin/tokens/{id}", "GET /api/v1/admin/audit", "GET /api/v1/admin/events",
                "POST /api/v1/admin/newsletter/exports", "POST /api/v1/admin/newsletter/erasures");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adminOperations")
    void declaresTheApiTokenSchemeWithItsScopes(AdminOperation operation) {
        assertThat(operation.scopes())
                .as("%s must declare @SecurityRequirement(name = \"apiToken\", scopes = ...)", operation)
                .isNotEmpty()
                .allSatisfy(scope -> assertThat(Scope.named(scope)).as("%s names scope %s", operation, scope).isPresent());
        assertThat(operation.operation().path("responses").has("401")).as("%s documents 401", operation).isTrue();
        assertThat(operation.operation().path("responses").path("403").path("description").asText())
                .as("%s documents the 403 of a token without the scope", operation).contains("lacks the scope");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adminOperations")
    void withoutATokenIs401WithTheBearerChallenge(AdminOperation operation) {
        assertProblem(send(given(), operation), 401, "unauthorized").header("WWW-Authenticate", "Bearer");
        assertProblem(send(given().auth().oauth2("mh_aaaaaaaaaaaa_" + "A".repeat(43)), operation), 401, "unauthorized")
                .header("WWW-Authenticate", "Bearer");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adminOperations")
    void aTokenWithoutItsScopeIs403(AdminOperation operation) {
        var wrong = Scope.allNames().stream().filter(s -> !operation.scopes().contains(s)).findFirst()
                .orElseThrow(() -> new AssertionError(operation + " admits every scope; nothing to refuse"));
        var required = operation.scopes().size() == 1 ? "the scope " + operation.scopes().get(0)
                : "one of the scopes " + String.join(", ", operation.scopes());
        assertProblem(send(given().auth().oauth2(token(wrong)), operation), 403, "forbidden")
                .body("detail", equalTo("The API token lacks " + required + "."))
                .header("WWW-Authenticate", (String) null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adminOperations")
    void eachOfItsScopesIsAdmitted(AdminOperation operation) {
        assertThat(operation.scopes()).as("%s names no scope", operation).isNotEmpty();
        for (var scope : operation.scopes()) {
            var status = send(given().auth().oauth2(token(scope)), operation).extract().statusCode();
            assertThat(status).as("%s with a %s token", operation, scope).isNotIn(401, 403).isLessThan(500);
        }
    }

    @Test
    void anUnknownAdminPathIsA404Problem() {
        assertProblem(given().get(ADMIN + "nonexistent").then(), 404, "not-found");
        assertProblem(given().auth().oauth2(token(Scope.TOKENS_ADMIN_NAME)).get(ADMIN + "nonexistent").then(), 404,
                "not-found");
        assertProblem(given().auth().oauth2("garbage").get(ADMIN + "nonexistent").then(), 404, "not-found");
    }

    @Test
    void aPublicReadIgnoresAnUnaskedForBearer() {
        // Public reads authenticate nobody unless they ask who is calling; a stale token in a
        // frontend's default headers must not break them.
        given().auth().oauth2("garbage").get("/api/v1/sections").then().statusCode(200);
        given().header("Authorization", "Bearer").get("/api/v1/sections").then().statusCode(200);
    }

    @Test
    void aWrongMethodOnAnAdminPathIsA405Problem() {
        assertProblem(given().auth().oauth2(token(Scope.TOKENS_ADMIN_NAME)).put(ADMIN + "tokens").then(), 405,
                "method-not-allowed").header("Allow", containsString("GET"));
    }

    private static io.restassured.response.ValidatableResponse send(RequestSpecification request,
            AdminOperation operation) {
        var path = operation.path().replaceAll("\\{[^}]+}", PLACEHOLDER);
        var method = operation.method().toUpperCase(Locale.ROOT);
        if (operation.operation().has("requestBody") || method.equals("POST") || method.equals("PUT")
                || method.equals("PATCH")) {
            request.contentType(ContentType.JSON).body("{}");
        }
        if (method.equals("PATCH") || method.equals("DELETE") || method.equals("PUT")) {
            request.header("If-Match", "\"0\"");
        }
        return request.request(method, path).then();
    }

    /** One token per scope for the whole walk, made with the bootstrap token. */
    private static String token(String scope) {
        return TOKENS.computeIfAbsent(scope, ApiTokens::withScopes);
    }

    private static JsonNode document() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(Files.readString(DOCUMENT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
