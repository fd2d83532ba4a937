package dev.masthead.graphql;

import static dev.masthead.testing.Editorial.ARTICLES;
import static dev.masthead.testing.Editorial.asAdmin;
import static dev.masthead.testing.Fixtures.article;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.masthead.support.Sha256;
import dev.masthead.testing.Editorial;
import dev.masthead.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GraphQLCachingTest {

    private static final String CACHE_CONTROL = "public, max-age=60, s-maxage=600, stale-while-revalidate=300";

    private static ExtractableResponse<Response> get(Map<String, String> parameters) {
        return given().queryParams(parameters).get("/graphql").then().extract();
    }

    private static ExtractableResponse<Response> get(String query) {
        return get(Map.of("query", query));
    }

    /** REST Assured that sends only the Accept-Encoding given, and shows the bytes as sent. */
    private static RequestSpecification raw() {
        return given().config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()));
    }

    private static String persisted(String hash) {
        return "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";
    }

    private static List<String> keys(ExtractableResponse<Response> response) {
        return Arrays.asList(response.header("Surrogate-Key").split(" "));
    }

    @Test
    void aGetQueryIsServedTwiceWithItsValidatorsAndTheSecondTimeFromMemory() {
        var slug = article().inSection(Fixtures.section()).taggedWith(Fixtures.tag()).published();
        var query = "{ article(slug: \"" + slug + "\") { headline tags { slug } section { slug } } }";
        var miss = get(query);
        assertThat(miss.statusCode()).isEqualTo(200);
        assertThat(miss.header("X-Cache")).isEqualTo("MISS");
        assertThat(miss.header("Cache-Control")).isEqualTo(CACHE_CONTROL);
        assertThat(miss.header("Vary")).contains("Accept-Encoding");
        assertThat(miss.header("ETag")).matches("\"[A-Za-z0-9_-]{27}\"");
        assertThat(keys(miss)).contains("article-" + slug);

        var hit = get(query);
        assertThat(hit.header("X-Cache")).isEqualTo("HIT");
        assertThat(hit.asByteArray()).isEqualTo(miss.asByteArray());
        assertThat(hit.header("Surrogate-Key")).isEqualTo(miss.header("Surrogate-Key"));
        assertThat(hit.header("Cache-Control")).isEqualTo(CACHE_CONTROL);
        // REST Assured asks for gzip: the hit is the compressed coding, with its own tag.
        assertThat(hit.header("ETag")).isEqualTo(miss.header("ETag").replaceFirst("\"$", "-gzip\""));
        raw().header("Accept-Encoding", "identity").queryParam("query", query).get("/graphql").then().statusCode(200)
                .header("X-Cache", "HIT").header("ETag", miss.header("ETag"));

        given().header("If-None-Match", hit.header("ETag")).queryParam("query", query).get("/graphql").then()
                .statusCode(304).header("X-Cache", "HIT");
        // HEAD is not a GraphQL method, stored answer or not.
        given().queryParam("query", query).head("/graphql").then().statusCode(405);
        raw().header("Accept-Encoding", "identity").header("If-None-Match", miss.header("ETag"))
                .queryParam("query", query).get("/graphql").then().statusCode(304);
    }

    @Test
    void aChangeThroughTheAdminApiMakesTheNextGetFresh() {
        var id = Editorial.createDraft(Editorial.input(Fixtures.section()));
        var slug = asAdmin().get(ARTICLES + "/" + id).then().extract().<String>path("slug");
        asAdmin().header("If-Match", Editorial.etag(id)).post(ARTICLES + "/" + id + "/publish").then().statusCode(200);
        var query = "{ article(slug: \"" + slug + "\") { headline } latest(first: 3) { slug } }";
        get(query);
        assertThat(get(query).header("X-Cache")).isEqualTo("HIT");

        asAdmin().contentType("application/merge-patch+json").header("If-Match", Editorial.etag(id))
                .body(Map.of("headline", "Edited for GraphQL readers")).patch(ARTICLES + "/" + id).then().statusCode(200);

        var fresh = get(query);
        assertThat(fresh.header("X-Cache")).isEqualTo("MISS");
        assertThat(fresh.<String>path("data.article.headline")).isEqualTo("Edited for GraphQL readers");
    }

    @Test
    void theReferenceArticlePageQueryNamesEverythingItShows() throws java.io.IOException {
        var section = Fixtures.section();
        var slug = article().inSection(section).taggedWith(Fixtures.tag()).published();
        // The query the reference frontend really sends, read from its source, so the two cannot drift.
        var source = Files.readString(Path.of("examples/web/assets/js/article.js"));
        var opening = "export const ARTICLE_PAGE_QUERY = `";
        var from = source.indexOf(opening) + opening.length();
        var query = source.substring(from, source.indexOf('`', from));
        assertThat(query).startsWith("query ArticlePage(");
        var parameters = Map.of("query", query, "variables", "{\"slug\":\"" + slug + "\"}");
        var miss = get(parameters);
        assertThat(miss.statusCode()).isEqualTo(200);
        assertThat(keys(miss)).contains("articles", "article-" + slug, "section-" + section, "site", "sections",
                "newsletters");
        assertThat(get(parameters).header("X-Cache")).isEqualTo("HIT");
    }

    @Test
    void listsAndConnectionsNameTheirLists() {
        var section = Fixtures.section();
        article().inSection(section).published();
        var connection = get("{ section(slug: \"" + section + "\") { name articles(first: 2) { edges { node { slug tags "
                + "{ slug } authors { slug } } } pageInfo { hasNextPage } } } }");
        assertThat(keys(connection)).containsExactlyInAnyOrder("articles", "section-" + section);
        assertThat(keys(get("{ sections { slug } newsletterLists { slug } }")))
                .containsExactlyInAnyOrder("sections", "newsletters");
    }

    @Test
    void anAnswerThatFetchedWhatNoKeyNamesIsNotKept() {
        var query = "{ site { name } __schema { queryType { name } } }";
        for (int i = 0; i < 2; i++) {
            var answer = get(query);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.header("X-Cache")).isNull();
            assertThat(answer.header("Surrogate-Key")).isNull();
            assertThat(answer.header("ETag")).isNull();
        }
    }

    @Test
    void anAnswerWithErrorsIsNeverKept() {
        // A missing article; and an out-of-range argument, which nulls an article whose keys are all known.
        var missing = "{ site { name } article(slug: \"" + Fixtures.unique("missing") + "\") { headline } }";
        var outOfRange = "{ site { name } article(slug: \"" + article().published() + "\") { headline "
                + "related(first: 50) { slug } } }";
        for (var query : List.of(missing, missing, outOfRange, outOfRange)) {
            var answer = get(query);
            assertThat(answer.<Object>path("errors")).isNotNull();
            assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
            assertThat(answer.header("X-Cache")).isNull();
            assertThat(answer.header("ETag")).isNull();
            assertThat(answer.header("Surrogate-Key")).isNull();
        }
    }

    @Test
    void requestsWithAuthorizationAreNeverKeptNorGivenPublicHeaders() {
        var slug = article().published();
        var query = "{ article(slug: \"" + slug + "\") { headline } }";
        var token = Editorial.token("content:preview");
        for (int i = 0; i < 2; i++) {
            var answer = given().auth().oauth2(token).queryParam("query", query).get("/graphql").then().statusCode(200)
                    .extract();
            assertThat(answer.header("X-Cache")).isNull();
            assertThat(answer.header("Surrogate-Key")).isNull();
            assertThat(answer.header("Cache-Control")).doesNotContain("public");
        }
        assertThat(get(query).header("X-Cache")).isEqualTo("MISS");
    }

    private static ExtractableResponse<Response> post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/graphql").then().extract();
    }

    @Test
    void aPostQueryIsKeptInMemoryForTheSameBodyButNeverOfferedToHttpCaches() {
        var id = Editorial.createDraft(Editorial.input(Fixtures.section()));
        var slug = asAdmin().get(ARTICLES + "/" + id).then().extract().<String>path("slug");
        asAdmin().header("If-Match", Editorial.etag(id)).post(ARTICLES + "/" + id + "/publish").then().statusCode(200);
        var query = "query Page($slug: String!) { article(slug: $slug) { headline } }";
        Map<String, Object> body = Map.of("query", query, "variables", Map.of("slug", slug));

        var miss = post(body);
        assertThat(miss.statusCode()).isEqualTo(200);
        assertThat(miss.header("X-Cache")).isEqualTo("MISS");
        assertThat(miss.header("Cache-Control")).isEqualTo("no-store");
        assertThat(miss.header("Surrogate-Key")).isNull();
        var hit = post(body);
        assertThat(hit.header("X-Cache")).isEqualTo("HIT");
        assertThat(hit.asByteArray()).isEqualTo(miss.asByteArray());
        assertThat(hit.header("Cache-Control")).isEqualTo("no-store");
        // Another body is another answer; a request with Authorization is never looked up.
        assertThat(post(Map.of("query", query + " ", "variables", Map.of("slug", slug))).header("X-Cache"))
                .isEqualTo("MISS");
        given().auth().oauth2(Editorial.token("content:preview")).contentType(ContentType.JSON).body(body)
                .post("/graphql").then().statusCode(200).header("X-Cache", nullValue());

        asAdmin().contentType("application/merge-patch+json").header("If-Match", Editorial.etag(id))
                .body(Map.of("headline", "Edited for POST readers")).patch(ARTICLES + "/" + id).then().statusCode(200);
        var fresh = post(body);
        assertThat(fresh.header("X-Cache")).isEqualTo("MISS");
        assertThat(fresh.<String>path("data.article.headline")).isEqualTo("Edited for POST readers");
        assertThat(post(body).header("X-Cache")).isEqualTo("HIT");
    }

    @Test
    void aPostKeptForAGraphQLResponseReaderIsServedWithItsStatusAndHeaders() {
        var slug = article().published();
        Map<String, Object> body = Map.of("query", "{ article(slug: \"" + slug + "\") { headline } }");
        var answers = new java.util.ArrayList<ExtractableResponse<Response>>();
        for (int i = 0; i < 2; i++) {
            answers.add(given().accept("application/graphql-response+json").contentType(ContentType.JSON).body(body)
                    .post("/graphql").then().extract());
        }
        var miss = answers.get(0);
        var hit = answers.get(1);
        assertThat(miss.statusCode()).isEqualTo(200);
        assertThat(hit.statusCode()).isEqualTo(200);
        assertThat(hit.header("X-Cache")).isEqualTo("HIT");
        assertThat(hit.contentType()).startsWith("application/graphql-response+json");
        assertThat(hit.<String>path("data.article.headline")).isEqualTo(miss.<String>path("data.article.headline"));
        // The article query's answer varies by Authorization (a preview token shows drafts), kept or not.
        assertThat(miss.header("Vary")).contains("Authorization");
        assertThat(hit.header("Vary")).isEqualTo(miss.header("Vary"));
    }

    @Test
    void aMutationByPostRunsEveryTime() {
        Map<String, Object> body = Map.of("query",
                "mutation { unsubscribe(token: \"" + Fixtures.unique("token") + "\") { status } }");
        for (int i = 0; i < 2; i++) {
            var answer = post(body);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.header("X-Cache")).isNull();
            assertThat(answer.header("ETag")).isNull();
        }
    }

    @Test
    void anAutomaticPersistedQueryIsRegisteredOnceThenRunByItsHashFromMemory() {
        var slug = article().published();
        var query = "{ article(slug: \"" + slug + "\") { headline slug } }";
        var hash = Sha256.hex(query);
        var byHash = Map.of("extensions", persisted(hash));

        var unknown = get(byHash);
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.<String>path("errors[0].message")).isEqualTo("PersistedQueryNotFound");
        assertThat(unknown.<String>path("errors[0].extensions.code")).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
        assertThat(unknown.header("Cache-Control")).isEqualTo("no-store");
        assertThat(unknown.header("X-Cache")).isNull();

        var registered = get(Map.of("query", query, "extensions", persisted(hash)));
        assertThat(registered.<String>path("data.article.slug")).isEqualTo(slug);

        var first = get(byHash);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.<String>path("data.article.slug")).isEqualTo(slug);
        assertThat(first.header("X-Cache")).isEqualTo("MISS");
        assertThat(keys(first)).contains("article-" + slug);
        var second = get(byHash);
        assertThat(second.header("X-Cache")).isEqualTo("HIT");
        assertThat(second.asByteArray()).isEqualTo(first.asByteArray());

        // By POST too, with the hash alone.
        var body = new LinkedHashMap<String, Object>();
        body.put("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)));
        given().contentType(ContentType.JSON).body(body).post("/graphql").then().statusCode(200)
                .body("data.article.slug", equalTo(slug));
    }

    @Test
    void aPostRegistersAQueryForGets() {
        var query = "{ site { name } }";
        var hash = Sha256.hex(query + " ");
        var body = new LinkedHashMap<String, Object>();
        body.put("query", query + " ");
        body.put("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)));
        given().contentType(ContentType.JSON).body(body).post("/graphql").then().statusCode(200)
                .body("data.site.name", org.hamcrest.Matchers.notNullValue());
        var byHash = get(Map.of("extensions", persisted(hash)));
        assertThat(byHash.<Object>path("data.site.name")).isNotNull();
    }

    @Test
    void aHashThatIsNotTheQuerysIsRefusedAndRegistersNothing() {
        var query = "{ sections { slug } }";
        var wrong = Sha256.hex(query + "#");
        var answer = get(Map.of("query", query, "extensions", persisted(wrong)));
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.<String>path("errors[0].message")).isEqualTo("provided sha does not match query");
        assertThat(get(Map.of("extensions", persisted(wrong))).<String>path("errors[0].message"))
                .isEqualTo("PersistedQueryNotFound");

        var malformed = get(Map.of("extensions", "{\"persistedQuery\":{\"version\":2,\"sha256Hash\":\"" + wrong + "\"}}"));
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.<String>path("errors[0].message")).contains("version must be 1");
    }

    @Test
    void aMutationIsNeitherRunNorRegisteredByGet() {
        var mutation = "mutation { unsubscribe(token: \"" + Fixtures.unique("token") + "\") { status } }";
        var hash = Sha256.hex(mutation);
        var answer = get(Map.of("query", mutation, "extensions", persisted(hash)));
        assertThat(answer.statusCode()).isEqualTo(405);
        assertThat(get(Map.of("extensions", persisted(hash))).<String>path("errors[0].message"))
                .isEqualTo("PersistedQueryNotFound");

        // Registered by POST (where it runs), it is still refused by GET.
        var body = new LinkedHashMap<String, Object>();
        body.put("query", mutation);
        body.put("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)));
        given().contentType(ContentType.JSON).body(body).post("/graphql").then().statusCode(200);
        var byGet = get(Map.of("extensions", persisted(hash)));
        assertThat(byGet.statusCode()).isEqualTo(405);
        assertThat(byGet.header("X-Cache")).isNull();
    }
}
