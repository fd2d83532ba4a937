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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.masthead.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImageAdminTest {

    private static final String IMAGES = "/api/v1/admin/images";

    @Test
    void createWithAFocalPointChangeAndDelete() {
        long before = Admin.lastEvent();
        long id = json("{\"url\":\"https://img.example/harbour.jpg\",\"alt\":\"A harbour\",\"credit\":\"Desk\","
                + "\"width\":1600,\"height\":900,\"focalX\":0.25,\"focalY\":0.75}").post(IMAGES).then()
                .statusCode(201).header("ETag", "\"1\"")
                .body("focalX", equalTo(0.25f)).body("focalY", equalTo(0.75f)).body("caption", nullValue())
                .extract().jsonPath().getLong("id");
        admin().queryParam("limit", 1).get(IMAGES).then().statusCode(200).body("data[0].id", equalTo((int) id));

        patch("{\"caption\":\"The harbour at dawn\",\"focalX\":null,\"focalY\":null}", "\"1\"")
                .patch(IMAGES + "/" + id).then().statusCode(200).header("ETag", "\"2\"")
                .body("caption", equalTo("The harbour at dawn")).body("focalX", nullValue())
                .body("url", equalTo("https://img.example/harbour.jpg"));
        admin().header("If-Match", "\"2\"").delete(IMAGES + "/" + id).then().statusCode(204);

        assertThat(Admin.eventsAfter(before, "image", id)).extracting(e -> e.get("kind"))
                .containsExactly("created", "updated", "deleted");
        assertThat(Admin.auditActions("image", id)).containsExactly("image.deleted", "image.updated", "image.created");
    }

    @Test
    void focalPointsAndUrlsAreChecked() {
        long before = Admin.lastEvent();
        assertInvalidParameter(json("{\"url\":\"https://img.example/a.jpg\",\"alt\":\"A\",\"focalX\":0.5}")
                .post(IMAGES).then(), "focalY");
        assertInvalidParameter(json("{\"url\":\"https://img.example/a.jpg\",\"alt\":\"A\",\"focalX\":1.5,"
                + "\"focalY\":0.5}").post(IMAGES).then(), "focalX");
        assertInvalidParameter(json("{\"url\":\"mailto:desk@example.org\",\"alt\":\"A\"}").post(IMAGES).then(), "url");
        assertInvalidParameter(json("{\"url\":\"https://img.example/a.jpg\"}").post(IMAGES).then(), "alt");
        assertInvalidParameter(json("{\"url\":\"https://img.example/a.jpg\",\"alt\":\"A\",\"height\":0}")
                .post(IMAGES).then(), "height");
        assertThat(Admin.eventsAfter(before)).isEmpty();
    }

    @Test
    void aHeroImageCannotBeDeletedAndItsChangesShowOnTheArticle() {
        var url = "https://img.example/" + Fixtures.unique("hero") + ".jpg";
        var story = article().withHeroAt(url).published();
        List<Integer> ids = admin().queryParam("limit", 100).get(IMAGES).then().statusCode(200).extract().jsonPath()
                .getList("data.findAll { it.url == '" + url + "' }.id");
        long id = ids.get(0);
        long before = Admin.lastEvent();

        patch("{\"alt\":\"A clearer alt text\"}", "\"1\"").patch(IMAGES + "/" + id).then().statusCode(200);
        given().get("/api/v1/articles/" + story).then().statusCode(200)
                .body("heroImage.alt", equalTo("A clearer alt text"));
        var events = Admin.eventsAfter(before, "image", id);
        assertThat((List<String>) events.get(0).get("surrogateKeys")).contains("article-" + story, "articles");

        assertProblem(admin().header("If-Match", "\"2\"").delete(IMAGES + "/" + id).then(), 409, "conflict")
                .body("detail", containsString("1 article (as hero image)"));
        admin().get(IMAGES + "/" + id).then().statusCode(200);
    }
}
