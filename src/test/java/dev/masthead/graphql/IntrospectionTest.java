package dev.masthead.graphql;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import dev.masthead.testing.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The introspection every GraphQL tool sends is answered; introspection nested beyond it is not. */
@QuarkusTest
class IntrospectionTest {

    @Test
    void theStandardIntrospectionQueryIsAnswered() {
        GraphQL.post(GraphQL.introspectionQuery())
                .body("errors", nullValue())
                .body("data.__schema.queryType.name", equalTo("Query"))
                .body("data.__schema.mutationType.name", equalTo("Mutation"))
                .body("data.__schema.types.name", hasItems("Article", "ArticleConnection", "DateTime"));
    }

    @Test
    void introspectionNestedFarDeeperIsRefused() {
        var deep = "{ __schema { types { " + "ofType { ".repeat(100) + "name" + " }".repeat(100) + " } } }";
        GraphQL.post(deep)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("query-too-deep"))
                .body("errors[0].message", containsString("introspection query nests 103 levels deep; at most 20"));
    }

    @Test
    void introspectionDoesNotWidenTheDepthOfOrdinaryFields() {
        var deep = "{ __typename articles(first: 1) { edges { node { tags { articles(first: 1) { edges { node { tags {"
                + " articles(first: 1) { edges { node { tags { slug } } } } } } } } } } } } }";
        GraphQL.post(deep).body("errors[0].extensions.code", equalTo("query-too-deep"))
                .body("errors[0].message", containsString("at most 12"));
    }
}
