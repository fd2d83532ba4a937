package dev.masthead.editorial;

import static dev.masthead.testing.Editorial.ARTICLES;
import static dev.masthead.testing.Editorial.as;
import static dev.masthead.testing.Editorial.asAdmin;
import static dev.masthead.testing.Editorial.createDraft;
import static dev.masthead.testing.Editorial.eventsAfter;
import static dev.masthead.testing.Editorial.input;
import static dev.masthead.testing.Editorial.lastEventSeq;
import static dev.masthead.testing.Editorial.token;
import static dev.masthead.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.masthead.testing.Fixtures;
import dev.masthead.testing.OwnDatabase;
import dev.masthead.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The newsroom's whole path through the management API: a draft, two edits, a schedule that
 * fires, a slug change, a restored revision, an archive, with the public API and the change
 * events following each step.
 */
@QuarkusTest
@TestProfile(ArticleWorkflowTest.PublishingJobRuns.class)
class ArticleWorkflowTest {

    /** The publishing job on its production interval: the test watches it fire. */
    public static class PublishingJobRuns implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            var overrides = new java.util.HashMap<>(Map.of("masthead.editorial.publish-poll-interval", "1s"));
            overrides.putAll(OwnDatabase.named("workflow-test"));
            return overrides;
        }
    }

    /** The test profile's allowed CORS origin: a frontend on another origin than the API. */
    private static final String FRONTEND = "https://frontend.example";

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    @SuppressWarnings("unchecked")
    void draftEditScheduleGoLiveRenameRestoreArchive() {
        var section = Fixtures.section();
        var author = Fixtures.author();
        var tag = Fixtures.tag();
        var writer = token("content:write");
        var publisher = token("content:publish");
        var before = lastEventSeq();

        // A draft: 201 with Location and ETag; derived fields computed; private.
        var input = input(section);
        input.put("authors", List.of(author));
        input.put("tags", List.of(tag));
        input.put("body", Map.of("html", "<p>Sanctions were <b>announced</b> on Monday.</p>"
                + "<script>alert(1)</script><h2>What follows</h2><p onclick=\"x()\">More words here.</p>"));
        var created = as(writer).contentType(ContentType.JSON).body(input).post(ARTICLES).then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("draft"))
                .body("body.blocks.type", contains("paragraph", "heading", "paragraph"))
                .body("body.html", not(containsString("script")))
                .body("body.html", not(containsString("onclick")))
                .body("wordCount", equalTo(10))
                .body("teaserExcerpt", containsString("Sanctions were announced"))
                .extract();
        long id = created.<Number>path("id").longValue();
        var slug = (String) input.get("slug");
        assertThat(created.header("Location")).endsWith(ARTICLES + "/" + id);
        assertProblem(given().get("/api/v1/articles/" + slug).then(), 404, "not-found");

        // Two edits, each from the version it read.
        var etag = as(writer).contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("headline", "First edit")).patch(ARTICLES + "/" + id).then().statusCode(200)
                .body("headline", equalTo("First edit")).body("dek", equalTo("The dek"))
                .body("authors", contains(author)).extract().header("ETag");
        // A wrong type is refused, naming the field, and writes nothing.
        assertProblem(as(writer).contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("headline", "Second edit", "dek", Map.of())).patch(ARTICLES + "/" + id).then(),
                400, "invalid-parameter").body("errors[0].field", equalTo("dek"));
        var dekRemoved = new java.util.HashMap<String, Object>();
        dekRemoved.put("headline", "Second edit");
        dekRemoved.put("dek", null);
        etag = as(writer).contentType("application/merge-patch+json").header("If-Match", etag).body(dekRemoved)
                .patch(ARTICLES + "/" + id).then().statusCode(200).body("headline", equalTo("Second edit"))
                .body("dek", nullValue()).extract().header("ETag");
        assertThat(etag).isEqualTo("\"2\"");

        // Previewed from the frontend's origin: with a content:preview token, and through a preview link.
        var previewer = token("content:preview");
        given().header("Origin", FRONTEND).auth().oauth2(previewer).get("/api/v1/articles/" + slug).then()
                .statusCode(200).header("Access-Control-Allow-Origin", equalTo(FRONTEND))
                .header("Cache-Control", containsString("no-store")).body("headline", equalTo("Second edit"));
        var link = as(writer).post(ARTICLES + "/" + id + "/preview-link").then().statusCode(201).extract()
                .<String>path("token");
        given().header("Origin", FRONTEND).queryParam("preview", link).get("/api/v1/articles/" + slug).then()
                .statusCode(200).header("Access-Control-Allow-Origin", equalTo(FRONTEND))
                .header("Cache-Control", containsString("private")).body("headline", equalTo("Second edit"));
        given().get("/api/v1/articles").then().statusCode(200).body("data.slug", not(hasItem(slug)));

        // Scheduling needs content:publish; a time in the past is refused.
        assertProblem(as(writer).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("publishAt", TestClock.now().plusSeconds(3600).toString()))
                .post(ARTICLES + "/" + id + "/schedule").then(), 403, "forbidden");
        assertProblem(as(publisher).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("publishAt", TestClock.now().minusSeconds(60).toString()))
                .post(ARTICLES + "/" + id + "/schedule").then(), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("publishAt"));
        var publishAt = TestClock.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        etag = as(publisher).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("publishAt", publishAt.toString())).post(ARTICLES + "/" + id + "/schedule").then()
                .statusCode(200).body("status", equalTo("scheduled"))
                .body("publishAt", equalTo(publishAt.toString())).extract().header("ETag");
        assertProblem(given().get("/api/v1/articles/" + slug).then(), 404, "not-found");

        // Its time comes: the publishing job makes it live and records the event then.
        TestClock.advance(Duration.ofHours(2).plusSeconds(1));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().get("/api/v1/articles/" + slug).then().statusCode(200).body("headline", equalTo("Second edit")));
        var live = asAdmin().get(ARTICLES + "/" + id).then().statusCode(200).body("status", equalTo("published"))
                .body("publishedAt", equalTo(publishAt.toString())).extract();
        etag = live.header("ETag");
        var published = eventsAfter(before).getList("data.findAll { it.entityId == " + id + " && it.kind == 'published' }");
        assertThat(published).hasSize(1);
        assertThat(eventsAfter(before).getString("data.find { it.entityId == " + id + " && it.kind == 'published' }.actor"))
                .isEqualTo("scheduler");

        // A published article: content:write may no longer change it; content:publish changes it live.
        assertProblem(as(writer).contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("headline", "Sneaky")).patch(ARTICLES + "/" + id).then(), 403, "forbidden")
                .body("detail", containsString("content:publish"));
        var newSlug = Fixtures.unique("renamed");
        etag = as(publisher).contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("slug", newSlug)).patch(ARTICLES + "/" + id).then().statusCode(200)
                .body("formerSlugs", contains(slug)).extract().header("ETag");
        given().redirects().follow(false).get("/api/v1/articles/" + slug).then().statusCode(301)
                .header("Location", endsWith("/api/v1/articles/" + newSlug));
        var renamed = eventsAfter(before).getMap("data.find { it.entityId == " + id + " && it.kind == 'slug-changed' }");
        assertThat(renamed).containsEntry("oldSlug", slug).containsEntry("newSlug", newSlug);
        assertThat((List<Object>) renamed.get("surrogateKeys")).containsExactlyInAnyOrder((Object) "article-" + slug,
                "article-" + newSlug, "articles");

        // Restore the first revision's content (the draft as created): a new revision, still published.
        asAdmin().get(ARTICLES + "/" + id + "/revisions").then().statusCode(200)
                .body("data.number", contains(6, 5, 4, 3, 2, 1))
                .body("data.action", contains("article.updated", "article.published", "article.scheduled",
                        "article.updated", "article.updated", "article.created"));
        asAdmin().get(ARTICLES + "/" + id + "/revisions/2").then().statusCode(200)
                .body("article.headline", equalTo("First edit"));
        etag = as(publisher).header("If-Match", etag).post(ARTICLES + "/" + id + "/revisions/2/restore").then()
                .statusCode(200).body("headline", equalTo("First edit")).body("dek", equalTo("The dek"))
                .body("slug", equalTo(slug)).body("status", equalTo("published")).extract().header("ETag");
        given().get("/api/v1/articles/" + slug).then().statusCode(200).body("headline", equalTo("First edit"));
        given().redirects().follow(false).get("/api/v1/articles/" + newSlug).then().statusCode(301);
        asAdmin().get(ARTICLES + "/" + id + "/revisions").then().body("data[0].number", equalTo(7))
                .body("data[0].action", equalTo("article.restored"));

        // Archived: gone from the public API, kept for the record.
        as(publisher).header("If-Match", etag).post(ARTICLES + "/" + id + "/archive").then().statusCode(200)
                .body("status", equalTo("archived"));
        assertProblem(given().get("/api/v1/articles/" + slug).then(), 404, "not-found");

        var kinds = eventsAfter(before).getList("data.findAll { it.entityId == " + id + " && it.entityType == 'article' }.kind");
        assertThat(kinds).containsExactly("created", "updated", "updated", "updated", "published", "slug-changed",
                "slug-changed", "archived");
        asAdmin().get("/api/v1/admin/audit").then().statusCode(200)
                .body("data.action", hasItem("article.archived"));
    }
}
