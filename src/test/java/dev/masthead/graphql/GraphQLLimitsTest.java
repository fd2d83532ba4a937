package dev.masthead.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.masthead.testing.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Every GraphQL request is bounded, and every refusal is a clear error with a code. */
@QuarkusTest
class GraphQLLimitsTest {

    @Test
    void firstOutOfRangeIsRefusedNotClamped() {
        GraphQL.post("{ articles(first: 101) { edges { cursor } } }")
                .body("errors[0].extensions.code", equalTo("invalid-parameter"))
                .body("errors[0].message", containsString("first must be between 1 and 100"));
        GraphQL.post("{ articles(first: 0) { edges { cursor } } }")
                .body("errors[0].extensions.code", equalTo("invalid-parameter"));
        GraphQL.post("{ latest(first: 21) { slug } }")
                .body("errors[0].extensions.code", equalTo("invalid-parameter"))
                .body("errors[0].message", containsString("first must be between 1 and 20"));
    }

    @Test
    void badFilterAndCursorAreInvalidParameterErrors() {
        GraphQL.post("{ articles(after: \"garbage\") { edges { cursor } } }")
                .body("errors[0].extensions.code", equalTo("invalid-parameter"))
                .body("errors[0].message", containsString("after is not a cursor"));
        GraphQL.post("{ articles(filter: {since: \"last week\"}) { edges { cursor } } }")
                .body("errors[0].extensions.code", equalTo("invalid-parameter"))
                .body("errors[0].message", containsString("since"));
        GraphQL.post("{ articles(filter: {section: \"Not A Slug\"}) { edges { cursor } } }")
                .body("errors[0].extensions.code", equalTo("invalid-parameter"));
    }

    @Test
    void unknownSlugIsNullWithANotFoundError() {
        GraphQL.post("{ article(slug: \"no-such-article\") { slug } section(slug: \"nowhere\") { slug } }")
                .body("data.article", nullValue())
                .body("data.section", nullValue())
                .body("errors.extensions.code", everyItem(equalTo("not-found")))
                .body("errors[0].message", containsString("no-such-article"));
    }

    @Test
    void formerSlugResolvesToTheCurrentArticle() {
        GraphQL.post("{ article(slug: \"blinken-cancels-lavrov-meeting\") { slug } }")
                .body("data.article.slug", equalTo("blinken-cancels-meeting-with-lavrov-citing-russian-invasion"));
    }

    @Test
    void tooDeepQueryIsRefused() {
        var deep = "{ articles(first: 1) { edges { node { tags { articles(first: 1) { edges { node { tags {"
                + " articles(first: 1) { edges { node { tags { slug } } } } } } } } } } } } }";
        GraphQL.post(deep)
                .body("errors[0].extensions.code", equalTo("query-too-deep"))
                .body("errors[0].message", containsString("at most 12"))
                .body("data", nullValue());
    }

    @Test
    void tooCostlyQueryIsRefusedWithListSizesMultipliedIn() {
        GraphQL.post("{ sections { articles(first: 100) { edges { node { tags { articles(first: 100) {"
                        + " edges { node { slug } } } } } } } } }")
                .body("errors[0].extensions.code", equalTo("query-too-costly"))
                .body("data", nullValue());
        GraphQL.post("{ articles(first: 100) { edges { node { slug headline dek excerpt section { slug name }"
                        + " authors { slug name } tags { slug name } heroImage { url alt caption credit } } } } }")
                .body("errors", nullValue());
    }

    @Test
    void tooManyAliasesAreRefused() {
        var aliases = IntStream.range(0, 31).mapToObj(i -> "a" + i + ": site { name }")
                .collect(Collectors.joining(" "));
        GraphQL.post("{ " + aliases + " }").body("errors[0].extensions.code", equalTo("too-many-aliases"));
    }

    @Test
    void tooManyFieldsAreRefused() {
        var fields = "name ".repeat(501);
        GraphQL.post("{ site { " + fields + " } }").body("errors[0].extensions.code", equalTo("too-many-fields"));
    }

    @Test
    void tooLongQueryIsRefused() {
        var padding = "#" + "x".repeat(20_000) + "\n";
        GraphQL.post(padding + "{ site { name } }").body("errors[0].extensions.code", equalTo("query-too-long"));
    }

    @Test
    void errorsNeverNameExceptionsOrClasses() {
        var body = GraphQL.post("{ articles(after: \"x\") { edges { cursor } } nope }").extract().asString();
        assertThat(body).doesNotContain("Exception").doesNotContain("dev.masthead").doesNotContain("at ");
    }

    @Test
    void queriesRunOverGetToo() {
        given().queryParam("query", "{ site { name } }").get("/graphql").then().statusCode(200)
                .body("data.site.name", not(nullValue()));
    }

    @Test
    void graphqlResponseMediaTypeIsServedWhenAsked() {
        given().contentType(ContentType.JSON).accept("application/graphql-response+json")
                .body(Map.of("query", "{ site { name } }")).post("/graphql")
                .then().statusCode(200)
                .contentType(containsString("application/graphql-response+json"))
                .body("data.site.name", not(nullValue()));
    }

    @Test
    void malformedRequestsGetAnErrorNeverAServerFault() {
        // graphql-http audit: a 200 with an error is allowed here (400 is only a SHOULD).
        given().contentType(ContentType.JSON).body("{not json").post("/graphql").then()
                .statusCode(lessThan(500))
                .body("errors[0].message", equalTo("Unparseable request"))
                .body("data", nullValue());
        given().contentType(ContentType.JSON).body("{\"query\": 42}").post("/graphql").then()
                .statusCode(lessThan(500))
                .body("errors", not(nullValue()));
    }

    @Test
    void graphiqlIsServed() {
        given().get("/q/graphql-ui/").then().statusCode(200);
    }
}
