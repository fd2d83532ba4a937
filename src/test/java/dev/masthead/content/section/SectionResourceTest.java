package dev.masthead.content.section;

import static dev.masthead.testing.Fixtures.article;
import static dev.masthead.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import dev.masthead.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SectionResourceTest {

    @Test
    void listsSectionsInNavigationOrderIncludingThoseOnTheSeedPage() {
        var names = given().get("/api/v1/sections").then().statusCode(200)
                .body("data.name", hasItems("Europe", "Latin America", "Military Industrial Complex", "Global Crises",
                        "QIOSK"))
                .extract().jsonPath();
        List<Integer> positions = names.getList("data.position");
        assertThat(positions).isSorted();
    }

    @Test
    void sectionBySlug() {
        given().get("/api/v1/sections/qiosk").then().statusCode(200)
                .body("slug", equalTo("qiosk"))
                .body("name", equalTo("QIOSK"));
    }

    @Test
    void sectionArticlesListsOnlyThatSection() {
        var section = Fixtures.section();
        var mine = article().inSection(section).published();
        article().published();

        given().get("/api/v1/sections/" + section + "/articles").then().statusCode(200)
                .body("data.slug", contains(mine));
    }

    @Test
    void emptySectionHasAnEmptyPage() {
        var section = Fixtures.section();
        given().get("/api/v1/sections/" + section + "/articles").then().statusCode(200).body("data", empty());
    }

    @Test
    void unknownSectionAnswers404() {
        assertProblem(given().get("/api/v1/sections/atlantis").then(), 404, "not-found");
        assertProblem(given().get("/api/v1/sections/atlantis/articles").then(), 404, "not-found");
    }

    @Test
    void sectionArticlesArePagedLikeTheMainList() {
        var section = Fixtures.section();
        var older = article().inSection(section).publishedAt(java.time.Instant.parse("2017-01-01T00:00:00Z"))
                .published();
        var newer = article().inSection(section).publishedAt(java.time.Instant.parse("2017-01-02T00:00:00Z"))
                .published();
        JsonPath first = given().queryParam("limit", 1).get("/api/v1/sections/" + section + "/articles")
                .then().statusCode(200).body("data.slug", contains(newer)).extract().jsonPath();
        given().queryParam("limit", 1).queryParam("cursor", first.getString("page.nextCursor"))
                .get("/api/v1/sections/" + section + "/articles")
                .then().statusCode(200).body("data.slug", contains(older));
    }
}
