package dev.masthead.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.masthead.testing.GraphQL;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Every GraphQL request is bounded, and every refusal is a clear error with a code. */
@QuarkusTest
class GraphQLLimitsTest {

    @Inject
    MeterRegistry meters;

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
    void aliasesOfDeeplyNestedListsCannotOverflowTheCostPastTheLimit() {
        // Each alias costs about a billion; eight of them overflowed a 32-bit sum into a small number.
        var nested = "articles(first: 100) { edges { node { tags { articles(first: 100) { edges { node { tags {"
                + " articles(first: 100, filter: {q: \"x\"}) { totalCount edges { node { slug } } } } } } } } } } }";
        for (int aliases : new int[] {1, 2, 8}) {
            var query = IntStream.range(0, aliases).mapToObj(i -> "a" + i + ": " + nested)
                    .collect(Collectors.joining(" ", "{ ", " }"));
            GraphQL.post(query)
                    .body("errors[0].extensions.code", equalTo("query-too-costly"))
                    .body("errors[0].message", containsString("at most 10000 is allowed"))
                    .body("data", nullValue());
        }
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
    void fragmentsCountAtEveryPlaceTheyAreSpread() {
        var fragment = " fragment F on Site { name description url socialLinks { network label url }"
                + " navigation { slug name } }";
        GraphQL.post("{ site { " + "...F ".repeat(45) + "} }" + fragment).body("errors", nullValue());
        GraphQL.post("{ site { " + "...F ".repeat(60) + "} }" + fragment)
                .body("errors[0].extensions.code", equalTo("too-many-fields"))
                .body("errors[0].message", containsString("fragments counted at every use"))
                .body("data", nullValue());
    }

    @Test
    void fragmentsSpreadingFragmentsAreMeasuredWithoutExpandingThem() {
        // Twenty fragments, each spreading the next twice: two to the twentieth fields once expanded.
        // Spreads of one fragment merge when run, but each is still walked when validated.
        var fragments = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            fragments.append(" fragment F").append(i).append(" on Site { ...F").append(i + 1).append(" ...F")
                    .append(i + 1).append(" }");
        }
        fragments.append(" fragment F20 on Site { name }");
        GraphQL.post("{ site { ...F0 } }" + fragments).body("errors[0].extensions.code", equalTo("too-many-fields"));
        var aliases = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            aliases.append(" fragment A").append(i).append(" on Query { a").append(i).append(": site { name } ...A")
                    .append(i + 1).append(" }");
        }
        aliases.append(" fragment A8 on Query { site { name } }");
        GraphQL.post("{ ...A0 ...A0 ...A0 ...A0 }" + aliases).body("errors[0].extensions.code", equalTo("too-many-aliases"));
    }

    @Test
    void fragmentCyclesAreAValidationErrorNotAHang() {
        GraphQL.post("{ site { ...A } } fragment A on Site { name ...B } fragment B on Site { ...A }")
                .body("errors[0].extensions.classification", equalTo("ValidationError"))
                .body("data", nullValue());
    }

    @Test
    void textSearchesAreCountedAsExpensive() {
        var search = "articles(filter: {q: \"sanctions\"}, first: 20) { edges { node { slug headline } } }";
        GraphQL.post("{ a: " + search + " b: " + search + " c: " + search + " d: " + search + " }")
                .body("errors", nullValue());
        GraphQL.post("{ a: " + search + " b: " + search + " c: " + search + " d: " + search + " e: " + search + " }")
                .body("errors[0].extensions.code", equalTo("query-too-costly"))
                .body("data", nullValue());
        // The same five lists without a search are cheap.
        var plain = search.replace("filter: {q: \"sanctions\"}, ", "");
        GraphQL.post("{ a: " + plain + " b: " + plain + " c: " + plain + " d: " + plain + " e: " + plain + " }")
                .body("errors", nullValue());
    }

    @Test
    void countsAreExpensiveAndPaidOncePerParent() {
        GraphQL.post("{ articles(first: 3) { edges { node { tags { articles { totalCount } } } } } }")
                .body("errors", nullValue());
        GraphQL.post("{ articles(first: 100) { edges { node { tags { articles(first: 5) { edges { cursor } } } } } } }")
                .body("errors", nullValue());
        GraphQL.post("{ articles(first: 100) { edges { node { tags { articles(first: 5) { totalCount edges { cursor } } }"
                        + " } } } }")
                .body("errors[0].extensions.code", equalTo("query-too-costly"))
                .body("data", nullValue());
    }

    @Test
    void aQueryWhoseClientHasGoneAwayStopsFetching() throws Exception {
        var stopped = meters.counter("masthead.graphql.stopped", "reason", "client-gone");
        double before = stopped.count();
        var body = "{\"query\": \"{ sections { slug articles(first: 5) { edges { node { slug tags { slug } } } } } }\"}"
                .getBytes(StandardCharsets.UTF_8);
        try (var socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoLinger(true, 0);
            var out = socket.getOutputStream();
            out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> stopped.count() > before);
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
    void graphiqlIsServed() {
        given().get("/q/graphql-ui/").then().statusCode(200);
    }
}
