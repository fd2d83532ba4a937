package dev.masthead.editorial.taxonomy;

import static dev.masthead.editorial.taxonomy.Admin.admin;
import static dev.masthead.editorial.taxonomy.Admin.json;
import static dev.masthead.editorial.taxonomy.Admin.patch;
import static dev.masthead.testing.Fixtures.article;
import static dev.masthead.testing.Problems.assertInvalidParameter;
import static dev.masthead.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.masthead.editorial.token.Scope;
import dev.masthead.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SectionAdminTest {

    private static final String SECTIONS = "/api/v1/admin/sections";

    private static long create(String slug) {
        return json("{\"slug\":\"" + slug + "\",\"name\":\"Name of " + slug + "\",\"description\":\"About it\"}")
                .post(SECTIONS).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void createReadChangeAndDeleteWithVersionsAsETags() {
        var slug = Fixtures.unique("desk");
        var created = json("{\"slug\":\"" + slug + "\",\"name\":\"Desk\",\"position\":7}").post(SECTIONS).then()
                .statusCode(201)
                .header("ETag", "\"1\"")
                .header("Cache-Control", containsString("no-store"))
                .body("slug", equalTo(slug)).body("name", equalTo("Desk")).body("position", equalTo(7))
                .body("description", nullValue()).body("version", equalTo(1))
                .extract();
        long id = created.jsonPath().getLong("id");
        assertThat(created.header("Location")).isEqualTo("http://localhost:8080" + SECTIONS + "/" + id);

        admin().get(SECTIONS + "/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .header("Cache-Control", containsString("no-store")).body("name", equalTo("Desk"));

        patch("{\"name\":\"Europe Desk\",\"description\":\"Everything European\"}", "\"1\"").patch(SECTIONS + "/" + id)
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("name", equalTo("Europe Desk")).body("description", equalTo("Everything European"))
                .body("position", equalTo(7)).body("slug", equalTo(slug));
        // Plain application/json is taken as a merge patch too; null removes the description.
        admin().contentType(ContentType.JSON).header("If-Match", "\"2\"").body("{\"description\":null}")
                .patch(SECTIONS + "/" + id).then().statusCode(200).header("ETag", "\"3\"")
                .body("description", nullValue()).body("name", equalTo("Europe Desk"));

        admin().header("If-Match", "\"3\"").delete(SECTIONS + "/" + id).then().statusCode(204);
        assertProblem(admin().get(SECTIONS + "/" + id).then(), 404, "not-found");
    }

    @Test
    void publicReadsShowTheChangeAndAFormerSlugRedirects() {
        var slug = Fixtures.section();
        var story = article().inSection(slug).published();
        long id = idOf(slug);
        var renamed = Fixtures.unique("renamed");

        patch("{\"slug\":\"" + renamed + "\",\"name\":\"Renamed desk\"}", "\"1\"").patch(SECTIONS + "/" + id)
                .then().statusCode(200).body("slug", equalTo(renamed));

        given().get("/api/v1/sections/" + renamed).then().statusCode(200).body("name", equalTo("Renamed desk"));
        given().get("/api/v1/articles/" + story).then().statusCode(200)
                .body("section.slug", equalTo(renamed)).body("section.name", equalTo("Renamed desk"));
        given().redirects().follow(false).get("/api/v1/sections/" + slug).then().statusCode(301)
                .header("Location", endsWith("/api/v1/sections/" + renamed));
        given().redirects().follow(false).get("/api/v1/sections/" + slug + "/articles").then().statusCode(301)
                .header("Location", endsWith("/api/v1/sections/" + renamed + "/articles"));
    }

    @Test
    void everyWriteRecordsOneChangeEventAndOneAuditEntry() {
        long before = Admin.lastEvent();
        var slug = Fixtures.unique("events");
        long id = create(slug);
        var renamed = Fixtures.unique("events-renamed");
        patch("{\"name\":\"Events desk\"}", "\"1\"").patch(SECTIONS + "/" + id).then().statusCode(200);
        patch("{\"slug\":\"" + renamed + "\"}", "\"2\"").patch(SECTIONS + "/" + id).then().statusCode(200);
        // A patch that changes nothing is no write: no event, same version.
        patch("{\"name\":\"Events desk\"}", "\"3\"").patch(SECTIONS + "/" + id).then().statusCode(200)
                .header("ETag", "\"3\"");
        admin().header("If-Match", "\"3\"").delete(SECTIONS + "/" + id).then().statusCode(204);

        var events = Admin.eventsAfter(before, "section", id);
        assertThat(events).extracting(e -> e.get("kind"))
                .containsExactly("created", "updated", "slug-changed", "deleted");
        assertThat(events).extracting(e -> e.get("version")).containsExactly(1, 2, 3, null);
        assertThat(events.get(2).get("oldSlug")).isEqualTo(slug);
        assertThat(events.get(2).get("newSlug")).isEqualTo(renamed);
        assertThat(events.get(2).get("actor")).isEqualTo("bootstrap");
        assertThat((List<String>) events.get(2).get("surrogateKeys"))
                .contains("section-" + slug, "section-" + renamed, "sections", "site", "articles");
        assertThat(Admin.auditActions("section", id))
                .containsExactly("section.deleted", "section.slug-changed", "section.updated", "section.created");
    }

    @Test
    void changesWithoutIfMatchAre428AndStaleOnesAre412AndChangeNothing() {
        long id = create(Fixtures.unique("locked"));
        patch("{\"name\":\"Second\"}", "\"1\"").patch(SECTIONS + "/" + id).then().statusCode(200);
        long before = Admin.lastEvent();

        assertProblem(admin().contentType(Admin.MERGE_PATCH).body("{\"name\":\"Lost\"}").patch(SECTIONS + "/" + id)
                .then(), 428, "precondition-required").body("detail", containsString("If-Match"));
        assertProblem(admin().delete(SECTIONS + "/" + id).then(), 428, "precondition-required");
        // The other editor saved from version 1 too: their change is refused, whole.
        assertProblem(patch("{\"name\":\"Lost\"}", "\"1\"").patch(SECTIONS + "/" + id).then(), 412,
                "precondition-failed").body("detail", containsString("\"2\""));
        assertProblem(admin().header("If-Match", "W/\"2\"").delete(SECTIONS + "/" + id).then(), 412,
                "precondition-failed");

        admin().get(SECTIONS + "/" + id).then().statusCode(200).header("ETag", "\"2\"").body("name", equalTo("Second"));
        assertThat(Admin.lastEvent()).isEqualTo(before);
    }

    @Test
    void twoEditorsSavingFromOneVersionAtOnceOneWinsTheOtherGets412() throws Exception {
        long id = create(Fixtures.unique("contested"));
        var pool = Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> patch("{\"name\":\"First editor\"}", "\"1\"").patch(SECTIONS + "/" + id)
                    .then().extract().statusCode());
            var second = pool.submit(() -> patch("{\"name\":\"Second editor\"}", "\"1\"").patch(SECTIONS + "/" + id)
                    .then().extract().statusCode());
            assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(200, 412);
        } finally {
            pool.shutdown();
        }
        var winner = admin().get(SECTIONS + "/" + id).then().statusCode(200).header("ETag", "\"2\"")
                .extract().<String>path("name");
        assertThat(winner).isIn("First editor", "Second editor");
        assertThat(Admin.auditActions("section", id)).containsExactly("section.updated", "section.created");
    }

    @Test
    void badInputIsA400NamingTheFieldAndWritesNothing() {
        var slug = Fixtures.unique("strict");
        long before = Admin.lastEvent();
        assertInvalidParameter(json("{\"slug\":\"" + slug + "\",\"name\":\"N\",\"colour\":\"red\"}").post(SECTIONS)
                .then(), "colour");
        assertInvalidParameter(json("{\"slug\":\"" + slug + "\",\"name\":7}").post(SECTIONS).then(), "name");
        assertInvalidParameter(json("{\"slug\":\"" + slug + "\"}").post(SECTIONS).then(), "name");
        assertInvalidParameter(json("{\"slug\":\"Not A Slug\",\"name\":\"N\"}").post(SECTIONS).then(), "slug");
        assertInvalidParameter(json("{\"slug\":\"" + slug + "\",\"name\":\"N\",\"position\":-1}").post(SECTIONS)
                .then(), "position");
        assertInvalidParameter(json("[]").post(SECTIONS).then(), "body");
        assertProblem(json("{\"slug\":").post(SECTIONS).then(), 400, "malformed-body");

        long id = create(slug);
        assertInvalidParameter(patch("{\"name\":null}", "\"1\"").patch(SECTIONS + "/" + id).then(), "name");
        assertInvalidParameter(patch("{\"id\":5}", "\"1\"").patch(SECTIONS + "/" + id).then(), "id");
        assertThat(Admin.eventsAfter(before)).hasSize(1);
        given().get("/api/v1/sections/" + slug).then().statusCode(200).body("name", equalTo("Name of " + slug));
    }

    @Test
    void aTakenSlugIsA409() {
        var taken = Fixtures.section();
        assertProblem(json("{\"slug\":\"" + taken + "\",\"name\":\"Twin\"}").post(SECTIONS).then(), 409, "conflict")
                .body("errors[0].field", equalTo("slug"));
        long id = create(Fixtures.unique("other"));
        assertProblem(patch("{\"slug\":\"" + taken + "\"}", "\"1\"").patch(SECTIONS + "/" + id).then(), 409,
                "conflict").body("errors[0].field", equalTo("slug"));
    }

    @Test
    void aSectionWithArticlesCannotBeDeleted() {
        var slug = Fixtures.section();
        article().inSection(slug).draft();
        long id = idOf(slug);
        assertProblem(admin().header("If-Match", "\"1\"").delete(SECTIONS + "/" + id).then(), 409, "conflict")
                .body("detail", containsString("1 article is still in the section " + slug));
        given().get("/api/v1/sections/" + slug).then().statusCode(200);
    }

    @Test
    void readsNeedAContentScopeAndWritesContentWrite() {
        var preview = Admin.token(Scope.CONTENT_PREVIEW_NAME);
        var newsletter = Admin.token(Scope.NEWSLETTER_ADMIN_NAME);
        given().auth().oauth2(preview).get(SECTIONS).then().statusCode(200);
        assertProblem(given().auth().oauth2(newsletter).get(SECTIONS).then(), 403, "forbidden");
        assertProblem(given().auth().oauth2(preview).contentType(ContentType.JSON)
                .body("{\"slug\":\"" + Fixtures.unique("nope") + "\",\"name\":\"N\"}").post(SECTIONS).then(), 403,
                "forbidden");
        assertProblem(given().get(SECTIONS).then(), 401, "unauthorized");
    }

    @Test
    void listIsInNavigationOrderAndPaged() {
        var first = admin().queryParam("limit", 2).get(SECTIONS).then().statusCode(200)
                .body("data.size()", equalTo(2)).body("page.limit", equalTo(2))
                .body("page.nextCursor", not(nullValue())).extract().jsonPath();
        var second = admin().queryParam("limit", 2).queryParam("cursor", first.getString("page.nextCursor"))
                .get(SECTIONS).then().statusCode(200).extract().jsonPath();
        List<Integer> positions = new java.util.ArrayList<>(first.getList("data.position"));
        positions.addAll(second.getList("data.position"));
        assertThat(positions).isSorted();
        assertThat(second.getList("data.id")).doesNotContainAnyElementsOf(first.getList("data.id"));
        assertInvalidParameter(admin().queryParam("cursor", "garbage").get(SECTIONS).then(), "cursor");
    }

    static long idOf(String slug) {
        String cursor = null;
        while (true) {
            var spec = admin().queryParam("limit", 100);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            var page = spec.get(SECTIONS).then().statusCode(200).extract().jsonPath();
            var ids = page.<Integer>getList("data.findAll { it.slug == '" + slug + "' }.id");
            if (!ids.isEmpty()) {
                return ids.get(0);
            }
            cursor = page.getString("page.nextCursor");
            if (cursor == null) {
                throw new AssertionError("no section " + slug);
            }
        }
    }
}
