package dev.masthead.web;

import static dev.masthead.testing.Fixtures.article;
import static dev.masthead.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.masthead.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class HttpCachingTest {

    @Test
    void publicReadsCarryAStrongEtagCacheControlAndSurrogateKeys() {
        var section = Fixtures.section();
        var tag = Fixtures.tag();
        var slug = article().inSection(section).taggedWith(tag).published();

        given().get("/api/v1/articles/" + slug).then().statusCode(200)
                .header("ETag", matchesPattern("\"[A-Za-z0-9_-]{27}(-gzip)?\""))
                .header("Cache-Control", equalTo("public, max-age=60, s-maxage=600, stale-while-revalidate=300"))
                .header("Surrogate-Key", containsString("article-" + slug))
                .header("Surrogate-Key", containsString("section-" + section))
                .header("Surrogate-Key", containsString("tag-" + tag));
        given().get("/api/v1/articles").then().statusCode(200).header("Surrogate-Key", equalTo("articles"));
        given().get("/api/v1/sections").then().statusCode(200).header("Surrogate-Key", equalTo("sections"));
    }

    /** REST Assured that shows the bytes and headers as sent, without decompressing. */
    private static RequestSpecification raw() {
        return given().config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()));
    }

    @Test
    void matchingIfNoneMatchAnswers304WithoutBody() {
        var etag = given().get("/api/v1/site").then().statusCode(200).extract().header("ETag");

        given().header("If-None-Match", etag).get("/api/v1/site").then().statusCode(304)
                .body(emptyString())
                .header("ETag", equalTo(etag));
        given().header("If-None-Match", "\"other\", W/" + etag).get("/api/v1/site").then().statusCode(304);
        given().header("If-None-Match", "*").get("/api/v1/site").then().statusCode(304);
        given().header("If-None-Match", "\"something-else\"").get("/api/v1/site").then().statusCode(200);
    }

    @Test
    void etagChangesWhenTheContentChanges() {
        var section = Fixtures.section();
        article().inSection(section).published();
        var before = given().get("/api/v1/sections/" + section + "/articles").then().statusCode(200)
                .extract().header("ETag");
        assertThat(given().get("/api/v1/sections/" + section + "/articles").then().extract().header("ETag"))
                .isEqualTo(before);

        article().inSection(section).published();

        given().header("If-None-Match", before).get("/api/v1/sections/" + section + "/articles")
                .then().statusCode(200)
                .header("ETag", not(equalTo(before)));
    }

    @Test
    void gzipAndIdentityAreTwoRepresentationsWithTheirOwnStrongEtags() throws IOException {
        var section = Fixtures.section();
        article().inSection(section).published();
        var url = "/api/v1/sections/" + section + "/articles";

        var identity = raw().header("Accept-Encoding", "identity").get(url).then().statusCode(200)
                .header("Content-Encoding", nullValue())
                .header("Vary", equalTo("Accept-Encoding, Origin"))
                .header("ETag", matchesPattern("\"[A-Za-z0-9_-]{27}\""))
                .extract();
        var gzip = raw().header("Accept-Encoding", "gzip").get(url).then().statusCode(200)
                .header("Content-Encoding", equalTo("gzip"))
                .header("Vary", equalTo("Accept-Encoding, Origin"))
                .header("ETag", matchesPattern("\"[A-Za-z0-9_-]{27}-gzip\""))
                .extract();

        assertThat(gzip.header("ETag")).isEqualTo(identity.header("ETag").replaceAll("\"$", "-gzip\""));
        var inflated = new GZIPInputStream(new ByteArrayInputStream(gzip.asByteArray())).readAllBytes();
        assertThat(inflated).isEqualTo(identity.asByteArray());
        assertThat(identity.asString()).contains("\"data\"");
        assertThat(raw().header("Accept-Encoding", "gzip").get(url).then().extract().header("ETag"))
                .as("the same bytes give the same tag").isEqualTo(gzip.header("ETag"));
    }

    @Test
    void eachRepresentationAnswers304ToItsOwnEtagOnly() {
        var url = "/api/v1/sections";
        var identityTag = raw().header("Accept-Encoding", "identity").get(url).then().extract().header("ETag");
        var gzipTag = raw().header("Accept-Encoding", "gzip").get(url).then().extract().header("ETag");

        raw().header("Accept-Encoding", "gzip").header("If-None-Match", gzipTag).get(url).then().statusCode(304)
                .body(emptyString())
                .header("ETag", equalTo(gzipTag))
                .header("Vary", equalTo("Accept-Encoding, Origin"))
                .header("Cache-Control", equalTo("public, max-age=60, s-maxage=600, stale-while-revalidate=300"))
                .header("Content-Encoding", nullValue());
        raw().header("Accept-Encoding", "identity").header("If-None-Match", identityTag).get(url).then()
                .statusCode(304)
                .header("ETag", equalTo(identityTag))
                .header("Vary", equalTo("Accept-Encoding, Origin"))
                .header("Content-Encoding", nullValue());
        // A cache that stored the gzip bytes must not have them confirmed for a client that cannot read them.
        raw().header("Accept-Encoding", "identity").header("If-None-Match", gzipTag).get(url).then().statusCode(200)
                .header("ETag", equalTo(identityTag))
                .header("Content-Encoding", nullValue());
        raw().header("Accept-Encoding", "gzip").header("If-None-Match", identityTag).get(url).then().statusCode(200)
                .header("ETag", equalTo(gzipTag))
                .header("Content-Encoding", equalTo("gzip"));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NONE", value = {
            "gzip, gzip", "'gzip, deflate, br', gzip", "x-gzip, gzip", "*, gzip", "'deflate, *;q=0.5', gzip",
            "'gzip;q=0.001', gzip", "deflate, NONE", "br, NONE", "'gzip;q=0, deflate', NONE", "'*;q=0', NONE",
            "'gzip;q=0, *', NONE", "'gzip;q=nonsense', NONE", "identity, NONE", "',,;;', NONE"})
    void acceptEncodingChoosesGzipOrTheBytesAsTheyAre(String acceptEncoding, String expected) {
        raw().header("Accept-Encoding", acceptEncoding).get("/api/v1/site").then().statusCode(200)
                .header("Content-Encoding", expected == null ? nullValue() : equalTo(expected))
                .header("Vary", equalTo("Accept-Encoding, Origin"));
    }

    @Test
    void withoutAcceptEncodingTheBytesGoAsTheyAre() throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + RestAssured.port + "/api/v1/site")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(response.body()).startsWith("{");
        assertThat(response.headers().firstValue("ETag")).hasValue(
                raw().header("Accept-Encoding", "identity").get("/api/v1/site").then().extract().header("ETag"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"identity", "gzip"})
    void headAnswersWithTheHeadersOfGet(String acceptEncoding) {
        var get = raw().header("Accept-Encoding", acceptEncoding).get("/api/v1/site").then().statusCode(200).extract();

        raw().header("Accept-Encoding", acceptEncoding).head("/api/v1/site").then().statusCode(200)
                .body(emptyString())
                .header("ETag", equalTo(get.header("ETag")))
                .header("Cache-Control", equalTo(get.header("Cache-Control")))
                .header("Surrogate-Key", equalTo(get.header("Surrogate-Key")))
                .header("Vary", equalTo(get.header("Vary")))
                .header("Content-Encoding", acceptEncoding.equals("gzip") ? equalTo("gzip") : nullValue());
        raw().header("Accept-Encoding", acceptEncoding).header("If-None-Match", get.header("ETag"))
                .head("/api/v1/site").then().statusCode(304)
                .header("ETag", equalTo(get.header("ETag")));
    }

    @Test
    void overHttp2TheGzipRepresentationIsCompressedOnceAndRevalidates() throws Exception {
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        var url = URI.create("http://localhost:" + RestAssured.port + "/api/v1/site");
        var identity = raw().header("Accept-Encoding", "identity").get("/api/v1/site").then().extract();

        var gzip = client.send(HttpRequest.newBuilder(url).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gzip.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(new GZIPInputStream(new ByteArrayInputStream(gzip.body())).readAllBytes())
                .isEqualTo(identity.asByteArray());
        var gzipTag = gzip.headers().firstValue("ETag").orElseThrow();
        assertThat(gzipTag).endsWith("-gzip\"");

        var revalidated = client.send(HttpRequest.newBuilder(url).header("Accept-Encoding", "gzip")
                .header("If-None-Match", gzipTag).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(revalidated.statusCode()).isEqualTo(304);

        var plain = client.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.headers().firstValue("ETag")).hasValue(identity.header("ETag"));
        assertThat(plain.body()).isEqualTo(identity.asByteArray());
    }

    @Test
    void ifMatchWithAnotherTagAnswers412Problem() {
        var etag = raw().header("Accept-Encoding", "gzip").get("/api/v1/site").then().extract().header("ETag");

        raw().header("Accept-Encoding", "gzip").header("If-Match", etag).get("/api/v1/site").then().statusCode(200);
        assertProblem(given().header("Accept-Encoding", "gzip").header("If-Match", "\"stale\"").get("/api/v1/site")
                .then(), 412, "precondition-failed")
                .header("ETag", nullValue())
                .header("Cache-Control", equalTo("no-store"))
                .body("instance", equalTo("/api/v1/site"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "W/", ",", "\"a\" \"b\"", "\u00ff\u00fe", "W/\"\", *"})
    void malformedIfNoneMatchIsJustNoMatch(String value) {
        given().header("If-None-Match", value).get("/api/v1/site").then().statusCode(anyOf(equalTo(200), equalTo(304)));
    }

    @Test
    void errorsAreNotCached() {
        given().get("/api/v1/articles/no-such-thing").then().statusCode(404)
                .header("ETag", nullValue())
                .header("Cache-Control", nullValue());
    }
}
