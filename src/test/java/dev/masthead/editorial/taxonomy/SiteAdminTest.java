package dev.masthead.editorial.taxonomy;

import static dev.masthead.editorial.taxonomy.Admin.admin;
import static dev.masthead.editorial.taxonomy.Admin.patch;
import static dev.masthead.testing.Problems.assertInvalidParameter;
import static dev.masthead.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masthead.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The site is one row every test shares: each test puts back what it changed. */
@QuarkusTest
class SiteAdminTest {

    private static final String SITE = "/api/v1/admin/site";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void nameLinksNavigationAndBlurbChangeTogetherAndShowPublicly() throws Exception {
        var first = Fixtures.section();
        var second = Fixtures.section();
        var original = admin().get(SITE).then().statusCode(200).header("Cache-Control", containsString("no-store"))
                .extract();
        Map<String, Object> saved = original.jsonPath().getMap("");
        saved.remove("version");
        var etag = original.header("ETag");
        long before = Admin.lastEvent();
        String changed = null;
        try {
            changed = patch("{\"name\":\"The Test Review\",\"socialLinks\":[{\"network\":\"bluesky\",\"label\":\"Bluesky\","
                    + "\"url\":\"https://bsky.app/profile/review\"}],\"navigation\":[\"" + second + "\",\"" + first + "\"],"
                    + "\"newsletterBlurb\":\"Every Friday, the week in one mail.\"}", etag).patch(SITE).then()
                    .statusCode(200)
                    .body("name", equalTo("The Test Review"))
                    .body("navigation[0]", equalTo(second)).body("navigation[1]", equalTo(first))
                    .extract().header("ETag");
            assertThat(changed).isNotEqualTo(etag);

            given().get("/api/v1/site").then().statusCode(200)
                    .body("name", equalTo("The Test Review"))
                    .body("socialLinks.network", contains("bluesky"))
                    .body("navigation[0].slug", equalTo(second)).body("navigation[1].slug", equalTo(first))
                    .body("newsletter.blurb", equalTo("Every Friday, the week in one mail."));
            given().get("/api/v1/sections/" + second).then().statusCode(200).body("position", equalTo(0));

            var events = Admin.eventsAfter(before, "site", 1);
            assertThat(events).hasSize(1);
            assertThat((List<String>) events.get(0).get("surrogateKeys"))
                    .contains("site", "sections", "section-" + first, "section-" + second, "newsletters");
            assertThat(Admin.auditActions("site", 1)).first().isEqualTo("site.updated");

            assertProblem(patch("{\"name\":\"Lost\"}", etag).patch(SITE).then(), 412, "precondition-failed");
            assertProblem(admin().contentType(Admin.MERGE_PATCH).body("{\"name\":\"Lost\"}").patch(SITE).then(), 428,
                    "precondition-required");
        } finally {
            var current = changed != null ? changed : etag;
            admin().contentType(Admin.MERGE_PATCH).header("If-Match", current).body(JSON.writeValueAsString(saved))
                    .patch(SITE).then().statusCode(200);
        }
        given().get("/api/v1/site").then().statusCode(200).body("socialLinks.network", hasItem("x"));
    }

    @Test
    void badSettingsAreRefusedWhole() {
        var response = admin().get(SITE).then().statusCode(200).extract();
        var etag = response.header("ETag");
        var name = response.path("name");
        long before = Admin.lastEvent();

        assertProblem(patch("{\"name\":\"X\",\"navigation\":[\"no-such-section\"]}", etag).patch(SITE).then(), 422,
                "unprocessable").body("errors[0].field", equalTo("navigation[0]"));
        assertInvalidParameter(patch("{\"url\":\"javascript:alert(1)\"}", etag).patch(SITE).then(), "url");
        assertInvalidParameter(patch("{\"socialLinks\":[{\"network\":\"x\",\"label\":\"X\",\"url\":\"//evil.example\"}]}",
                etag).patch(SITE).then(), "socialLinks[0].url");
        assertInvalidParameter(patch("{\"navigation\":[\"europe\",\"europe\"]}", etag).patch(SITE).then(),
                "navigation[1]");
        assertInvalidParameter(patch("{\"theme\":\"dark\"}", etag).patch(SITE).then(), "theme");
        assertProblem(patch("{\"newsletterBlurb\":null}", etag).patch(SITE).then(), 422, "unprocessable");
        assertProblem(admin().contentType(Admin.MERGE_PATCH).header("If-None-Match", "*").body("{\"name\":\"New\"}")
                .patch(SITE).then(), 412, "precondition-failed");

        assertThat(Admin.eventsAfter(before)).isEmpty();
        admin().get(SITE).then().statusCode(200).header("ETag", etag).body("name", equalTo(name));
    }
}
