package dev.masthead.editorial.taxonomy;

import static dev.masthead.editorial.taxonomy.Admin.admin;
import static dev.masthead.editorial.taxonomy.Admin.json;
import static dev.masthead.editorial.taxonomy.Admin.patch;
import static dev.masthead.testing.Fixtures.article;
import static dev.masthead.testing.Problems.assertInvalidParameter;
import static dev.masthead.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.masthead.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthorAdminTest {

    private static final String AUTHORS = "/api/v1/admin/authors";

    private static String author(String slug) {
        return "{\"slug\":\"" + slug + "\",\"name\":\"Ana Writer\",\"bio\":\"Covers Europe.\","
                + "\"avatar\":{\"url\":\"https://img.example/" + slug + ".jpg\",\"alt\":\"Portrait\",\"width\":400,"
                + "\"height\":400},"
                + "\"socialLinks\":[{\"network\":\"bluesky\",\"url\":\"https://bsky.app/profile/" + slug + "\"}]}";
    }

    @Test
    void createWithPortraitAndLinksThenPatchThePortraitFieldByField() {
        var slug = Fixtures.unique("writer");
        long id = json(author(slug)).post(AUTHORS).then().statusCode(201).header("ETag", "\"1\"")
                .body("avatar.url", equalTo("https://img.example/" + slug + ".jpg"))
                .body("avatar.alt", equalTo("Portrait"))
                .body("socialLinks.network", contains("bluesky"))
                .extract().jsonPath().getLong("id");
        given().get("/api/v1/authors/" + slug).then().statusCode(200)
                .body("name", equalTo("Ana Writer")).body("avatar.width", equalTo(400))
                .body("socialLinks.url", contains("https://bsky.app/profile/" + slug));

        // Merge patch: the portrait keeps its URL, takes the new caption; the links are replaced whole.
        patch("{\"avatar\":{\"caption\":\"At work\"},\"socialLinks\":[{\"network\":\"mastodon\","
                + "\"url\":\"https://mastodon.example/@ana\"}]}", "\"1\"").patch(AUTHORS + "/" + id).then()
                .statusCode(200).header("ETag", "\"2\"")
                .body("avatar.url", equalTo("https://img.example/" + slug + ".jpg"))
                .body("avatar.caption", equalTo("At work"))
                .body("socialLinks.network", contains("mastodon"));
        given().get("/api/v1/authors/" + slug).then().statusCode(200).body("avatar.caption", equalTo("At work"))
                .body("socialLinks.network", contains("mastodon"));

        patch("{\"avatar\":null,\"bio\":null}", "\"2\"").patch(AUTHORS + "/" + id).then().statusCode(200)
                .body("avatar", nullValue()).body("bio", nullValue());
        given().get("/api/v1/authors/" + slug).then().statusCode(200).body("avatar", nullValue());
    }

    @Test
    void urlsObeyTheUrlRuleNamingTheField() {
        var slug = Fixtures.unique("unsafe");
        long before = Admin.lastEvent();
        assertInvalidParameter(json(author(slug).replace("https://img.example/", "javascript:alert(1)//"))
                .post(AUTHORS).then(), "avatar.url");
        assertInvalidParameter(json(author(slug).replace("https://bsky.app/profile/", "data:text/html,x"))
                .post(AUTHORS).then(), "socialLinks[0].url");
        assertInvalidParameter(json(author(slug).replace("\"network\":\"bluesky\",", "")).post(AUTHORS).then(),
                "socialLinks[0].network");
        assertInvalidParameter(json(author(slug).replace("\"width\":400", "\"width\":\"wide\"")).post(AUTHORS).then(),
                "avatar.width");
        assertInvalidParameter(json(author(slug).replace("\"alt\":\"Portrait\"", "\"alt\":\"P\",\"size\":3"))
                .post(AUTHORS).then(), "avatar.size");
        assertThat(Admin.eventsAfter(before)).isEmpty();
        assertProblem(given().get("/api/v1/authors/" + slug).then(), 404, "not-found");
    }

    @Test
    void renamingKeepsTheOldSlugAnsweringAndBylinesFollow() {
        var slug = Fixtures.author();
        var story = article().by(slug).published();
        long id = admin().queryParam("limit", 100).get(AUTHORS).then().extract().jsonPath()
                .getLong("data.find { it.slug == '" + slug + "' }.id");
        long before = Admin.lastEvent();
        var renamed = Fixtures.unique("writer-renamed");
        patch("{\"slug\":\"" + renamed + "\"}", "\"1\"").patch(AUTHORS + "/" + id).then().statusCode(200);

        given().get("/api/v1/articles/" + story).then().statusCode(200).body("authors[0].slug", equalTo(renamed));
        given().redirects().follow(false).get("/api/v1/authors/" + slug).then().statusCode(301)
                .header("Location", endsWith("/api/v1/authors/" + renamed));
        var events = Admin.eventsAfter(before, "author", id);
        assertThat(events).extracting(e -> e.get("kind")).containsExactly("slug-changed");
        assertThat((List<String>) events.get(0).get("surrogateKeys"))
                .containsExactlyInAnyOrder("author-" + slug, "author-" + renamed, "articles");

        assertProblem(admin().header("If-Match", "\"2\"").delete(AUTHORS + "/" + id).then(), 409, "conflict")
                .body("detail", containsString("still on the byline of 1 article"));
        assertProblem(admin().delete(AUTHORS + "/" + id).then(), 428, "precondition-required");
    }

    @Test
    void deletingAnAuthorTakesTheirPortraitAlong() {
        var slug = Fixtures.unique("leaving");
        var created = json(author(slug)).post(AUTHORS).then().statusCode(201).extract().jsonPath();
        long id = created.getLong("id");
        long portrait = created.getLong("avatar.id");
        admin().header("If-Match", "\"1\"").delete(AUTHORS + "/" + id).then().statusCode(204);
        assertProblem(admin().get("/api/v1/admin/images/" + portrait).then(), 404, "not-found");
        assertThat(Admin.auditActions("author", id)).containsExactly("author.deleted", "author.created");
    }
}
