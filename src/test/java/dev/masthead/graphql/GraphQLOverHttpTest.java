package dev.masthead.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.masthead.testing.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GraphQL over HTTP: GET parameters are decoded once and run as sent, operation name
 * included; answers with no data are 4xx as graphql-response+json and 200 as
 * application/json; nested lists refuse filters their parent decides.
 */
@QuarkusTest
class GraphQLOverHttpTest {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    /** A GET with this exact query string, sent without any further encoding. */
    private static ValidatableResponse getRaw(String queryString) {
        return given().urlEncodingEnabled(false).get("/graphql?" + queryString).then();
    }

    /** The whole answer to a GET of this target, sent byte for byte, however malformed. */
    private static String rawGet(String target) throws IOException {
        try (var socket = new Socket("localhost", RestAssured.port)) {
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static ValidatableResponse post(String accept, String query) {
        return given().contentType(ContentType.JSON).accept(accept).body(Map.of("query", query)).post("/graphql").then();
    }

    @Test
    void getParametersAreDecodedOnce() {
        // %2525 is a %25 once decoded: a string holding a percent sign, not a second escape.
        getRaw("query=" + encode("{ a: site { name } }").replace("a", "%61") + "%20%23%2525%2B")
                .statusCode(200).body("data.a.name", notNullValue());
        // A comment line needs its line break, which SmallRye would have turned into a space.
        getRaw("query=" + encode("# the site's name\n{ site { name } }"))
                .statusCode(200).body("data.site.name", notNullValue());
        getRaw("query=" + encode("query($s: String!) { section(slug: $s) { slug } }")
                + "&variables=" + encode("{\"s\": \"europe\"}"))
                .statusCode(200).body("data.section.slug", equalTo("europe"));
    }

    @Test
    void getWithBadlyEncodedParametersAnswers400NotA500() throws IOException {
        for (var queryString : new String[] {"query=%zz", "query=%7B%7D&variables=%",
                "query=%7B%20site%20%7B%20name%20%7D%20%7D&other=%G1"}) {
            // The HTTP server refuses a URL it cannot decode before any route sees it.
            assertThat(rawGet("/graphql?" + queryString)).startsWith("HTTP/1.1 400");
        }
        // Decoded once, %25zz is the text %zz: a GraphQL syntax error, not a broken request.
        getRaw("query=" + encode("{ site { name } }") + "%25zz").statusCode(200)
                .body("errors[0].message", containsString("Unparseable"));
        getRaw("query=" + encode("{ site { name } }") + "&query=" + encode("{ __typename }"))
                .statusCode(400).body("errors[0].message", containsString("query is given more than once"));
    }

    @Test
    void getRunsTheOperationItNames() {
        var document = encode("query Site { site { name } } query Sections { sections { slug } }");
        getRaw("query=" + document + "&operationName=Sections").statusCode(200)
                .body("data.sections[0].slug", notNullValue())
                .body("data", not(hasKey("site")));
        getRaw("query=" + document + "&operationName=Site").statusCode(200)
                .body("data.site.name", notNullValue());
        getRaw("query=" + document).statusCode(200)
                .body("errors[0].extensions.classification", equalTo("ValidationError"));
    }

    @Test
    void aGetMayRunTheQueryOfADocumentThatAlsoHoldsAMutation() {
        var document = encode("query Lists { newsletterLists { slug } } "
                + "mutation Confirm { confirmSubscription(token: \"x\") { status } }");
        getRaw("query=" + document + "&operationName=Lists").statusCode(200)
                .body("data.newsletterLists[0].slug", notNullValue());
        getRaw("query=" + document + "&operationName=Confirm").statusCode(405).header("Allow", "POST")
                .body("errors[0].extensions.code", equalTo("method-not-allowed"));
        // However the name is spelt in the URL.
        getRaw("query=" + document + "&operationName=%2543onfirm").statusCode(200)
                .body("errors[0].message", containsString("%43onfirm"));
    }

    @Test
    void answersWithoutDataAre400AsGraphQLResponseJson() {
        post(GRAPHQL_RESPONSE, "{ site { name }").statusCode(400)
                .contentType(startsWith(GRAPHQL_RESPONSE))
                .body("errors[0].message", containsString("Unparseable"))
                .body("$", not(hasKey("data")));
        post(GRAPHQL_RESPONSE, "{ site { nope } }").statusCode(400)
                .body("errors[0].extensions.classification", equalTo("ValidationError"));
        post(GRAPHQL_RESPONSE, "{ sections { articles(first: 100) { edges { node { tags { articles(first: 100) {"
                + " edges { node { slug } } } } } } } } }").statusCode(400)
                .body("errors[0].extensions.code", equalTo("query-too-costly"));
        given().contentType(ContentType.JSON).accept(GRAPHQL_RESPONSE)
                .body(Map.of("query", "query($n: Int) { articles(first: $n) { edges { cursor } } }",
                        "variables", Map.of("n", "five")))
                .post("/graphql").then().statusCode(400)
                .body("errors[0].message", startsWith("Variable 'n' has an invalid value"));
        getRaw("query=" + encode("{ site { name }")).statusCode(200);
        given().accept(GRAPHQL_RESPONSE).urlEncodingEnabled(false).get("/graphql?query=" + encode("{ site { name }"))
                .then().statusCode(400).contentType(startsWith(GRAPHQL_RESPONSE));
    }

    @Test
    void answersWithDataAre200WhateverTheirErrors() {
        post(GRAPHQL_RESPONSE, "{ article(slug: \"no-such-article\") { slug } site { name } }").statusCode(200)
                .contentType(startsWith(GRAPHQL_RESPONSE))
                .body("data.article", nullValue())
                .body("data.site.name", notNullValue())
                .body("errors[0].extensions.code", equalTo("not-found"));
    }

    @Test
    void asApplicationJsonEveryGraphQLAnswerIs200() {
        for (var accept : new String[] {"application/json", "*/*"}) {
            post(accept, "{ site { nope } }").statusCode(200)
                    .contentType(startsWith("application/json"))
                    .body("errors[0].extensions.classification", equalTo("ValidationError"));
            post(accept, "{ site { name }").statusCode(200)
                    .body("errors[0].message", containsString("Unparseable"));
        }
    }

    @Test
    void withoutAnAcceptHeaderTheAnswerIsApplicationJson() {
        given().contentType(ContentType.JSON).header("Accept", "").body(Map.of("query", "{ site { name } }"))
                .post("/graphql").then().statusCode(200).contentType(startsWith("application/json"))
                .body("data.site.name", notNullValue());
        given().contentType(ContentType.JSON).accept("*/*").body(Map.of("query", "{ site { name } }"))
                .post("/graphql").then().statusCode(200).contentType(startsWith("application/json"));
    }

    @Test
    void nestedListsRefuseTheFilterTheirParentDecides() {
        GraphQL.post("{ sections { slug articles(first: 1, filter: {section: \"europe\"}) { edges { cursor } } } }")
                .body("errors.extensions.code", everyItem(equalTo("invalid-parameter")))
                .body("errors[0].message", startsWith("filter.section cannot be given on a section's articles"))
                .body("errors[0].path[0]", equalTo("sections"))
                .body("errors[0].path[2]", equalTo("articles"));
        GraphQL.post("{ tag(slug: \"sanctions\") { articles(filter: {tag: \"russia\"}) { edges { cursor } } } }")
                .body("data.tag", nullValue())
                .body("errors[0].extensions.code", equalTo("invalid-parameter"))
                .body("errors[0].message", startsWith("filter.tag cannot be given on a tag's articles"));
        GraphQL.post("{ author(slug: \"demo-europe-desk\") { articles(filter: {author: \"x\"}) { edges { cursor } } } }")
                .body("errors[0].extensions.code", equalTo("invalid-parameter"))
                .body("errors[0].message", startsWith("filter.author cannot be given on an author's articles"));
        // The other filters still apply to nested lists.
        GraphQL.post("{ section(slug: \"europe\") { articles(first: 1, filter: {type: ANALYSIS}) { edges { cursor } } } }")
                .body("errors", nullValue());
    }
}
