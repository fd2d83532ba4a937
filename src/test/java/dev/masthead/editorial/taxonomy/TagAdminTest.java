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
import static org.hamcrest.Matchers.hasItem;

import dev.masthead.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TagAdminTest {

    private static final String TAGS = "/api/v1/admin/tags";

    @Test
    void createRenameAndDeleteRecordEventsAndShowPublicly() {
        long before = Admin.lastEvent();
        var slug = Fixtures.unique("topic");
        var created = json("{\"slug\":\"" + slug + "\",\"name\":\"Topic\"}").post(TAGS).then().statusCode(201)
                .header("ETag", "\"1\"").header("Location", containsString(TAGS + "/"))
                .extract().jsonPath();
        long id = created.getLong("id");
        given().get("/api/v1/tags/" + slug).then().statusCode(200).body("name", equalTo("Topic"));

        var renamed = Fixtures.unique("topic-renamed");
        patch("{\"slug\":\"" + renamed + "\",\"name\":\"Renamed topic\"}", "\"1\"").patch(TAGS + "/" + id).then()
                .statusCode(200).header("ETag", "\"2\"").body("slug", equalTo(renamed));
        given().get("/api/v1/tags/" + renamed).then().statusCode(200).body("name", equalTo("Renamed topic"));
        given().redirects().follow(false).get("/api/v1/tags/" + slug).then().statusCode(301)
                .header("Location", endsWith("/api/v1/tags/" + renamed));
        admin().get(TAGS + "/" + id).then().statusCode(200).header("ETag", "\"2\"");

        admin().header("If-Match", "\"2\"").delete(TAGS + "/" + id).then().statusCode(204);
        assertProblem(given().get("/api/v1/tags/" + renamed).then(), 404, "not-found");
        // Its former slugs went with it.
        assertProblem(given().redirects().follow(false).get("/api/v1/tags/" + slug).then(), 404, "not-found");

        var events = Admin.eventsAfter(before, "tag", id);
        assertThat(events).extracting(e -> e.get("kind")).containsExactly("created", "slug-changed", "deleted");
        assertThat((List<String>) events.get(1).get("surrogateKeys"))
                .containsExactlyInAnyOrder("tag-" + slug, "tag-" + renamed, "articles");
        assertThat(Admin.auditActions("tag", id)).containsExactly("tag.deleted", "tag.slug-changed", "tag.created");
    }

    @Test
    void aTagOnArticlesCannotBeDeletedAndASlugCanBeTakenOnlyOnce() {
        var slug = Fixtures.tag();
        article().taggedWith(slug).published();
        long id = admin().queryParam("limit", 100).get(TAGS).then().statusCode(200).extract().jsonPath()
                .getLong("data.find { it.slug == '" + slug + "' }.id");
        assertProblem(admin().header("If-Match", "\"1\"").delete(TAGS + "/" + id).then(), 409, "conflict")
                .body("detail", containsString("1 article still carries the tag " + slug));
        assertProblem(json("{\"slug\":\"" + slug + "\",\"name\":\"Twin\"}").post(TAGS).then(), 409, "conflict")
                .body("errors[0].field", equalTo("slug"));
        assertInvalidParameter(json("{\"slug\":\"x\",\"name\":\"\"}").post(TAGS).then(), "name");
        assertProblem(patch("{\"name\":\"Late\"}", "\"7\"").patch(TAGS + "/" + id).then(), 412, "precondition-failed");
        given().get("/api/v1/tags/" + slug).then().statusCode(200).body("name", equalTo("Tag " + slug));
    }

    @Test
    void listIsPaged() {
        var page = admin().queryParam("limit", 3).get(TAGS).then().statusCode(200).extract().jsonPath();
        List<String> slugs = page.getList("data.slug");
        assertThat(slugs).hasSize(3);
        admin().queryParam("limit", 3).queryParam("cursor", page.getString("page.nextCursor")).get(TAGS).then()
                .statusCode(200).body("data.slug", org.hamcrest.Matchers.not(hasItem(slugs.get(2))));
    }
}
