package dev.masthead.editorial;

import static dev.masthead.testing.Editorial.ARTICLES;
import static dev.masthead.testing.Editorial.as;
import static dev.masthead.testing.Editorial.asAdmin;
import static dev.masthead.testing.Editorial.createDraft;
import static dev.masthead.testing.Editorial.etag;
import static dev.masthead.testing.Editorial.input;
import static dev.masthead.testing.Editorial.lastEventSeq;
import static dev.masthead.testing.Editorial.token;
import static dev.masthead.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import dev.masthead.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The article management API's guards: bad input, scopes, optimistic locking. */
@QuarkusTest
class ArticleAdminTest {

    @Test
    void badInputIsA4xxNamingTheFieldAndWritesNothing() throws Exception {
        var section = Fixtures.section();
        var taken = article(section);
        var events = lastEventSeq();

        var unknown = input(section);
        unknown.put("colour", "red");
        assertProblem(post(unknown), 400, "invalid-parameter").body("errors[0].field", equalTo("colour"));
        var wrongType = input(section);
        wrongType.put("headline", 42);
        assertProblem(post(wrongType), 400, "malformed-body").body("errors[0].field", equalTo("headline"));
        var missing = input(section);
        missing.remove("headline");
        assertProblem(post(missing), 400, "invalid-parameter").body("errors[0].field", equalTo("headline"));
        var badType = input(section);
        badType.put("type", "gossip");
        assertProblem(post(badType), 400, "malformed-body").body("errors[0].field", equalTo("type"));
        var slugTaken = input(section);
        slugTaken.put("slug", taken);
        assertProblem(post(slugTaken), 409, "conflict").body("errors[0].field", equalTo("slug"));
        var badSlug = input(section);
        badSlug.put("slug", "Not A Slug");
        assertProblem(post(badSlug), 400, "invalid-parameter").body("errors[0].field", equalTo("slug"));
        var noSection = input("no-such-section-" + Fixtures.unique("s"));
        assertProblem(post(noSection), 422, "unprocessable").body("errors[0].field", equalTo("section"));
        var noAuthor = input(section);
        noAuthor.put("authors", List.of("nobody-" + Fixtures.unique("a")));
        assertProblem(post(noAuthor), 422, "unprocessable").body("errors[0].field", equalTo("authors"));
        var bothBodies = input(section);
        bothBodies.put("body", Map.of("html", "<p>x</p>", "blocks", List.of()));
        assertProblem(post(bothBodies), 400, "invalid-parameter").body("errors[0].field", equalTo("body"));
        var badBlock = input(section);
        badBlock.put("body", Map.of("blocks", List.of(Map.of("type", "heading", "text", "Title", "level", 7))));
        assertProblem(post(badBlock), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("body.blocks[0].level"));
        var foreignField = input(section);
        foreignField.put("body", Map.of("blocks", List.of(Map.of("type", "paragraph", "html", "x", "level", 2))));
        assertProblem(post(foreignField), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("body.blocks[0].level"));
        var script = input(section);
        script.put("body", Map.of("html", "<p><a href=\"javascript:alert(1)\">x</a></p>"));
        assertProblem(post(script), 400, "invalid-parameter").body("errors[0].field", containsString("body"));
        var hero = input(section);
        hero.put("heroImage", Map.of("url", "data:text/html,x", "alt", "x"));
        assertProblem(post(hero), 400, "invalid-parameter").body("errors[0].field", equalTo("heroImage.url"));
        var huge = input(section);
        huge.put("body", Map.of("html", "<p>" + "word ".repeat(300_000) + "</p>"));
        assertProblem(post(huge), 413, "payload-too-large");

        assertThat(lastEventSeq()).isEqualTo(events);
        asAdmin().queryParam("section", section).get(ARTICLES).then().statusCode(200).body("data", hasSize(1));
    }

    @Test
    void changesWantIfMatchAndAStaleOneChangesNothing() {
        var id = createDraft(input(Fixtures.section()));
        var path = ARTICLES + "/" + id;

        assertProblem(asAdmin().contentType(ContentType.JSON).body(Map.of("headline", "x")).patch(path).then(),
                428, "precondition-required");
        assertProblem(asAdmin().post(path + "/archive").then(), 428, "precondition-required");
        assertProblem(asAdmin().delete(path).then(), 428, "precondition-required");
        assertProblem(asAdmin().header("If-Match", "*").delete(path).then(), 428, "precondition-required");
        var etag = etag(id);
        asAdmin().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("headline", "Saved"))
                .patch(path).then().statusCode(200);
        assertProblem(asAdmin().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("headline", "Lost"))
                .patch(path).then(), 412, "precondition-failed");
        assertProblem(asAdmin().header("If-Match", etag).delete(path).then(), 412, "precondition-failed");
        asAdmin().get(path).then().body("headline", equalTo("Saved"));
    }

    @Test
    void twoEditorsSavingFromOneVersionOneWinsTheOtherWritesNothing() throws Exception {
        var id = createDraft(input(Fixtures.section()));
        var pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                var etag = etag(id);
                var revisions = revisionCount(id);
                var start = new CountDownLatch(1);
                var results = new ArrayList<Future<Integer>>();
                for (var headline : List.of("Editor A " + round, "Editor B " + round)) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return asAdmin().contentType(ContentType.JSON).header("If-Match", etag)
                                .body(Map.of("headline", headline)).patch(ARTICLES + "/" + id).then()
                                .extract().statusCode();
                    }));
                }
                start.countDown();
                var statuses = List.of(results.get(0).get(), results.get(1).get());
                assertThat(statuses).containsExactlyInAnyOrder(200, 412);
                var winner = statuses.get(0) == 200 ? "Editor A " + round : "Editor B " + round;
                asAdmin().get(ARTICLES + "/" + id).then().body("headline", equalTo(winner));
                assertThat(revisionCount(id)).isEqualTo(revisions + 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void scopesDecideWhoWritesWhoPublishesAndWhoOnlyReads() {
        var reader = token("content:preview");
        var writer = token("content:write");
        var section = Fixtures.section();

        assertProblem(given().contentType(ContentType.JSON).body(input(section)).post(ARTICLES).then(), 401,
                "unauthorized").header("WWW-Authenticate", "Bearer");
        assertProblem(as(reader).contentType(ContentType.JSON).body(input(section)).post(ARTICLES).then(), 403,
                "forbidden").body("detail", containsString("content:write"));
        var id = as(writer).contentType(ContentType.JSON).body(input(section)).post(ARTICLES).then().statusCode(201)
                .extract().<Number>path("id").longValue();
        as(reader).get(ARTICLES + "/" + id).then().statusCode(200).header("Cache-Control", containsString("no-store"));
        assertProblem(as(writer).header("If-Match", etag(id)).post(ARTICLES + "/" + id + "/publish").then(), 403,
                "forbidden").body("detail", containsString("content:publish"));
        assertProblem(as(writer).header("If-Match", etag(id)).delete(ARTICLES + "/" + id).then(), 403, "forbidden");
    }

    @Test
    void listsEveryStateFilteredAndPaged() {
        var section = Fixtures.section();
        var first = createDraft(input(section));
        var second = createDraft(input(section));
        var third = createDraft(input(section));
        asAdmin().header("If-Match", etag(second)).post(ARTICLES + "/" + second + "/publish").then().statusCode(200);

        asAdmin().queryParam("section", section).get(ARTICLES).then().statusCode(200)
                .body("data.id", contains((int) second, (int) third, (int) first));
        asAdmin().queryParam("section", section).queryParam("status", "draft").get(ARTICLES).then()
                .body("data.id", contains((int) third, (int) first)).body("data.status", everyItem(equalTo("draft")));
        var cursor = asAdmin().queryParam("section", section).queryParam("limit", 2).get(ARTICLES).then()
                .body("data.id", contains((int) second, (int) third)).extract().<String>path("page.nextCursor");
        asAdmin().queryParam("section", section).queryParam("limit", 2).queryParam("cursor", cursor).get(ARTICLES)
                .then().body("data.id", contains((int) first)).body("page", not(org.hamcrest.Matchers.hasKey("nextCursor")));
        assertProblem(asAdmin().queryParam("status", "lost").get(ARTICLES).then(), 400, "invalid-parameter");
        assertProblem(asAdmin().queryParam("cursor", "garbage").get(ARTICLES).then(), 400, "invalid-parameter");
        assertProblem(asAdmin().get(ARTICLES + "/999999999").then(), 404, "not-found");
    }

    @Test
    void deletingRemovesItsSlugsAndRecordsATombstone() {
        var section = Fixtures.section();
        var input = input(section);
        var id = createDraft(input);
        asAdmin().header("If-Match", etag(id)).post(ARTICLES + "/" + id + "/publish").then().statusCode(200);
        var slug = (String) input.get("slug");
        given().get("/api/v1/articles/" + slug).then().statusCode(200);
        var before = lastEventSeq();

        asAdmin().header("If-Match", etag(id)).delete(ARTICLES + "/" + id).then().statusCode(204);

        assertProblem(given().get("/api/v1/articles/" + slug).then(), 404, "not-found");
        assertProblem(asAdmin().get(ARTICLES + "/" + id).then(), 404, "not-found");
        var events = dev.masthead.testing.Editorial.eventsAfter(before);
        assertThat(events.getList("data.kind")).containsExactly("deleted");
        assertThat(events.getString("data[0].oldSlug")).isEqualTo(slug);
        assertThat(events.getString("data[0].newSlug")).isNull();
    }

    @Test
    void htmlIsCleanedBeforeItIsCheckedAndEditorsClaimsAboutEmbedsAreNotTrusted() {
        var section = Fixtures.section();
        var input = input(section);
        input.put("body", Map.of("html", "<p><img src=\"https://img.example/a.jpg\" alt=\"\"></p>"
                + "<p><script>alert(1)</script></p><p>Words stay.</p>"));
        var id = asAdmin().contentType(ContentType.JSON).body(input).post(ARTICLES).then().statusCode(201)
                .body("body.blocks.type", contains("image", "paragraph"))
                .body("body.blocks[0].image.url", equalTo("https://img.example/a.jpg"))
                .extract().<Number>path("id").longValue();
        // The stored body is what the rules accept, so an edit elsewhere goes through.
        asAdmin().contentType(ContentType.JSON).header("If-Match", etag(id)).body(Map.of("dek", "New dek"))
                .patch(ARTICLES + "/" + id).then().statusCode(200).body("body.blocks.type", contains("image", "paragraph"));

        var spoof = input(section);
        spoof.put("body", Map.of("blocks", List.of(Map.of("type", "embed", "url", "https://evil.example/?v=youtube.com",
                "provider", "youtube"), Map.of("type", "embed", "url", "https://www.youtube.com/watch?v=abc"))));
        asAdmin().contentType(ContentType.JSON).body(spoof).post(ARTICLES).then().statusCode(201)
                .body("body.blocks[0].provider", org.hamcrest.Matchers.nullValue())
                .body("body.blocks[1].provider", equalTo("youtube"));
    }

    @Test
    void deeplyNestedHtmlIsReadOnceAndBoundedInDepth() {
        var input = input(Fixtures.section());
        input.put("body", Map.of("html", "<div>".repeat(5000) + "<p>Deep <b>down</b></p>" + "</div>".repeat(5000)
                + "<div><div><p>Shallow</p></div></div>"));
        asAdmin().contentType(ContentType.JSON).body(input).post(ARTICLES).then().statusCode(201)
                .body("body.blocks.type", contains("paragraph", "paragraph"))
                .body("body.blocks[0].html", equalTo("Deep down"))
                .body("body.blocks[1].html", equalTo("Shallow"));
    }

    @Test
    void aDraftsWriterMayNotChangeTheHeroImageOfALiveArticle() {
        var writer = token("content:write");
        var input = input(Fixtures.section());
        var heroUrl = "https://img.example/" + Fixtures.unique("hero") + ".jpg";
        input.put("heroImage", Map.of("url", heroUrl, "alt", "Hero"));
        var id = createDraft(input);
        var image = asAdmin().queryParam("limit", 5).get("/api/v1/admin/images").then().statusCode(200).extract()
                .jsonPath().getLong("data.find { it.url == '" + heroUrl + "' }.id");
        var imageTag = asAdmin().get("/api/v1/admin/images/" + image).then().extract().header("ETag");
        // While the article is a draft, its writer may change its picture.
        imageTag = as(writer).contentType(ContentType.JSON).header("If-Match", imageTag).body(Map.of("caption", "Draft"))
                .patch("/api/v1/admin/images/" + image).then().statusCode(200).extract().header("ETag");
        asAdmin().header("If-Match", etag(id)).post(ARTICLES + "/" + id + "/publish").then().statusCode(200);
        assertProblem(as(writer).contentType(ContentType.JSON).header("If-Match", imageTag)
                .body(Map.of("caption", "Live")).patch("/api/v1/admin/images/" + image).then(), 403, "forbidden")
                .body("detail", containsString("content:publish"));
        asAdmin().contentType(ContentType.JSON).header("If-Match", imageTag).body(Map.of("caption", "Live"))
                .patch("/api/v1/admin/images/" + image).then().statusCode(200);
    }

    @Test
    void anEmptyPatchChangesNothingAndFarFutureTimesAreRefused() {
        var id = createDraft(input(Fixtures.section()));
        var etag = etag(id);
        var events = lastEventSeq();
        asAdmin().contentType("application/merge-patch+json").header("If-Match", etag).body(Map.of())
                .patch(ARTICLES + "/" + id).then().statusCode(200).header("ETag", equalTo(etag));
        assertThat(lastEventSeq()).isEqualTo(events);
        assertProblem(asAdmin().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("publishAt", "+300000-01-01T00:00:00Z")).post(ARTICLES + "/" + id + "/schedule").then(),
                400, "invalid-parameter").body("errors[0].field", equalTo("publishAt"));
        var tag = asAdmin().contentType(ContentType.JSON).body(Map.of("slug", Fixtures.unique("tag"), "name", "T"))
                .post("/api/v1/admin/tags").then().statusCode(201).extract().<Number>path("id").longValue();
        assertProblem(asAdmin().header("If-Match", "*").delete("/api/v1/admin/tags/" + tag).then(), 428,
                "precondition-required");
    }

    private static io.restassured.response.ValidatableResponse post(Map<String, Object> input) {
        return asAdmin().contentType(ContentType.JSON).body(input).post(ARTICLES).then();
    }

    private static String article(String section) {
        var input = input(section);
        createDraft(input);
        return (String) input.get("slug");
    }

    private static int revisionCount(long id) {
        return asAdmin().queryParam("limit", 100).get(ARTICLES + "/" + id + "/revisions").then().statusCode(200)
                .extract().jsonPath().getList("data").size();
    }
}
