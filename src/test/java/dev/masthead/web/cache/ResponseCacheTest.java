package dev.masthead.web.cache;

import static dev.masthead.testing.Editorial.ARTICLES;
import static dev.masthead.testing.Editorial.asAdmin;
import static dev.masthead.testing.Fixtures.article;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.masthead.testing.Editorial;
import dev.masthead.testing.Fixtures;
import dev.masthead.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ResponseCacheTest {

    @Inject
    EntityManager entities;

    /** Changes a headline behind the API's back: no change event, so nothing is invalidated. */
    private void rewriteHeadlineInDatabase(String slug, String headline) {
        QuarkusTransaction.requiringNew().run(() -> entities
                .createNativeQuery("UPDATE article SET headline = ?1 WHERE slug = ?2")
                .setParameter(1, headline).setParameter(2, slug).executeUpdate());
    }

    private static ExtractableResponse<Response> read(String path) {
        return given().get(path).then().statusCode(200).extract();
    }

    private static String cache(String path) {
        return read(path).header("X-Cache");
    }

    @Test
    void aSecondReadIsServedFromMemoryWithTheSameBytesAndHeaders() {
        var slug = article().inSection(Fixtures.section()).taggedWith(Fixtures.tag()).published();
        var path = "/api/v1/articles/" + slug;
        var miss = read(path);
        var hit = read(path);

        assertThat(miss.header("X-Cache")).isEqualTo("MISS");
        assertThat(hit.header("X-Cache")).isEqualTo("HIT");
        assertThat(hit.asByteArray()).isEqualTo(miss.asByteArray());
        assertThat(headers(hit)).isEqualTo(headers(miss));
        assertThat(hit.header("Cache-Control")).isEqualTo("public, max-age=60, s-maxage=600, stale-while-revalidate=300");

        // The hit touches no database: a change made behind the API's back does not show.
        rewriteHeadlineInDatabase(slug, "Changed behind the API");
        given().get(path).then().statusCode(200).header("X-Cache", "HIT").body("headline", equalTo(miss.path("headline")));
    }

    private static Map<String, String> headers(ExtractableResponse<Response> response) {
        Set<String> perExchange = Set.of("x-cache", "date", "content-length");
        return response.headers().asList().stream().filter(h -> !perExchange.contains(h.getName().toLowerCase()))
                .collect(Collectors.toMap(h -> h.getName().toLowerCase(), h -> h.getValue(), (a, b) -> a + ", " + b));
    }

    /** REST Assured that shows the bytes as sent, without decompressing. */
    private static RequestSpecification raw() {
        return given().config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()));
    }

    @Test
    void bothCodingsComeFromMemoryEachWithItsOwnEtagAndA304() {
        var slug = article().published();
        var path = "/api/v1/articles/" + slug;
        var gzip = raw().header("Accept-Encoding", "gzip").get(path).then().statusCode(200)
                .header("Content-Encoding", "gzip").header("X-Cache", "MISS").extract();
        var identity = raw().header("Accept-Encoding", "identity").get(path).then().statusCode(200)
                .header("X-Cache", "HIT").extract();
        assertThat(identity.header("Content-Encoding")).isNull();
        assertThat(gzip.header("ETag")).isEqualTo(identity.header("ETag").replaceFirst("\"$", "-gzip\""));
        assertThat(raw().header("Accept-Encoding", "gzip").get(path).then().statusCode(200).header("X-Cache", "HIT")
                .extract().asByteArray()).isEqualTo(gzip.asByteArray());

        raw().header("Accept-Encoding", "identity").header("If-None-Match", identity.header("ETag")).get(path).then()
                .statusCode(304).header("X-Cache", "HIT").header("ETag", identity.header("ETag"));
        raw().header("Accept-Encoding", "identity").header("If-None-Match", "W/" + identity.header("ETag")).get(path)
                .then().statusCode(304);
        raw().header("Accept-Encoding", "identity").header("If-None-Match", "\"something-else\"").get(path).then()
                .statusCode(200).header("X-Cache", "HIT");
        raw().header("Accept-Encoding", "identity").head(path).then().statusCode(200).header("X-Cache", "HIT")
                .header("ETag", identity.header("ETag"));
    }

    @Test
    void aChangeDropsExactlyTheAnswersThatShowedWhatItTouched() {
        var section = Fixtures.section();
        var id = Editorial.createDraft(Editorial.input(section));
        var slug = asAdmin().get(ARTICLES + "/" + id).then().extract().<String>path("slug");
        asAdmin().header("If-Match", Editorial.etag(id)).post(ARTICLES + "/" + id + "/publish").then().statusCode(200);
        var other = article().published();
        var path = "/api/v1/articles/" + slug;
        var otherPath = "/api/v1/articles/" + other;
        for (var warm : new String[] {path, otherPath, "/api/v1/articles", "/api/v1/sections"}) {
            read(warm);
            assertThat(cache(warm)).as(warm).isEqualTo("HIT");
        }

        asAdmin().contentType("application/merge-patch+json").header("If-Match", Editorial.etag(id))
                .body(Map.of("headline", "Edited through the API")).patch(ARTICLES + "/" + id).then().statusCode(200);

        // At once, on the next read: the edited article and the lists that show it.
        var fresh = read(path);
        assertThat(fresh.header("X-Cache")).isEqualTo("MISS");
        assertThat(fresh.<String>path("headline")).isEqualTo("Edited through the API");
        assertThat(cache("/api/v1/articles")).isEqualTo("MISS");
        // Nothing else.
        assertThat(cache(otherPath)).isEqualTo("HIT");
        assertThat(cache("/api/v1/sections")).isEqualTo("HIT");
    }

    @Test
    void editingADraftDropsNothing() {
        var id = Editorial.createDraft(Editorial.input(Fixtures.section()));
        read("/api/v1/articles");
        assertThat(cache("/api/v1/articles")).isEqualTo("HIT");
        asAdmin().contentType("application/merge-patch+json").header("If-Match", Editorial.etag(id))
                .body(Map.of("dek", "Still a draft")).patch(ARTICLES + "/" + id).then().statusCode(200);
        assertThat(cache("/api/v1/articles")).isEqualTo("HIT");
    }

    @Test
    void aScheduledArticleDropsTheListsWhenItGoesLive() {
        var id = Editorial.createDraft(Editorial.input(Fixtures.section()));
        var slug = asAdmin().get(ARTICLES + "/" + id).then().extract().<String>path("slug");
        var publishAt = TestClock.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        asAdmin().contentType(ContentType.JSON).header("If-Match", Editorial.etag(id))
                .body(Map.of("publishAt", publishAt.toString())).post(ARTICLES + "/" + id + "/schedule").then()
                .statusCode(200);
        read("/api/v1/articles?limit=5");
        assertThat(cache("/api/v1/articles?limit=5")).isEqualTo("HIT");

        TestClock.advance(Duration.ofHours(1).plusSeconds(1));
        Fixtures.publishDue();

        var list = read("/api/v1/articles?limit=5");
        assertThat(list.header("X-Cache")).isEqualTo("MISS");
        assertThat(list.<java.util.List<String>>path("data.slug")).contains(slug);
    }

    @Test
    void authorizedReadsAreNeverServedFromMemoryNorStored() {
        var slug = article().published();
        var path = "/api/v1/articles/" + slug;
        var token = Editorial.token("content:preview");
        given().auth().oauth2(token).get(path).then().statusCode(200).header("X-Cache", (String) null);
        given().auth().oauth2(token).get(path).then().statusCode(200).header("X-Cache", (String) null);
        assertThat(cache(path)).isEqualTo("MISS");
        given().auth().oauth2(token).get(path).then().statusCode(200).header("X-Cache", (String) null);
    }

    @Test
    void anAcceptHeaderTheStoredTypeDoesNotSatisfyGoesToTheDoor() {
        var slug = article().published();
        var path = "/api/v1/articles/" + slug;
        read(path);
        given().header("Accept", "application/json;q=0.9, */*;q=0.1").get(path).then().statusCode(200)
                .header("X-Cache", "HIT");
        given().header("Accept", "text/csv").get(path).then().statusCode(406).header("X-Cache", (String) null);
    }

    @Test
    void problemsAndRedirectsAreNotStored() {
        var missing = "/api/v1/articles/" + Fixtures.unique("missing");
        given().get(missing).then().statusCode(404).header("X-Cache", (String) null);
        given().get(missing).then().statusCode(404).header("X-Cache", (String) null);
    }
}
