package dev.masthead.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import dev.masthead.testing.OwnDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A deployment's document names the deployment: servers follows masthead.http.public-base-url. */
@QuarkusTest
@TestProfile(OpenApiServersTest.PublicBaseUrl.class)
class OpenApiServersTest {

    public static class PublicBaseUrl implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            var overrides = new HashMap<String, String>();
            overrides.put("masthead.http.public-base-url", "https://api.publication.example/");
            overrides.putAll(OwnDatabase.named("servers-test"));
            return overrides;
        }
    }

    @Test
    void servedDocumentNamesTheConfiguredBaseUrlAndKeepsReadsPublic() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("servers.url", contains("https://api.publication.example"))
                .body("security", empty());
    }
}
