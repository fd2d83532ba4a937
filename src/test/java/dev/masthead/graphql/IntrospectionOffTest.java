package dev.masthead.graphql;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.masthead.testing.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Production can switch introspection off; queries keep working. */
@QuarkusTest
@TestProfile(IntrospectionOffTest.NoIntrospection.class)
class IntrospectionOffTest {

    public static class NoIntrospection implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.smallrye-graphql.field-visibility", "no-introspection");
        }
    }

    @Test
    void introspectionIsRefusedWhileQueriesWork() {
        GraphQL.post("{ __schema { queryType { name } } }")
                .body("errors[0].extensions.classification", equalTo("ValidationError"));
        GraphQL.post(GraphQL.introspectionQuery())
                .body("data", nullValue())
                .body("errors[0].extensions.classification", equalTo("ValidationError"));
        GraphQL.post("{ site { name } }").body("data.site.name", not(nullValue()));
    }
}
