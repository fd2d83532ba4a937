package dev.masthead.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SyntheticContentTest {

    @Inject
    SyntheticContent synthetic;

    @Test
    void generatedArticlesAreServedLikeAnyOtherAndGenerationIsIdempotent() throws Exception {
        int added = synthetic.ensure(40);
        assertThat(synthetic.ensure(40)).isZero();
        assertThat(added).isBetween(0, 40);

        var slug = given().queryParam("tag", "nato").queryParam("limit", 100).get("/api/v1/articles")
                .then().statusCode(200).extract().jsonPath().getList("data.slug", String.class).stream()
                .filter(s -> s.startsWith("synthetic-")).findFirst();
        var any = slug.orElseGet(() -> given().queryParam("q", "government").queryParam("limit", 100)
                .get("/api/v1/articles").then().statusCode(200).extract().jsonPath()
                .getList("data.slug", String.class).stream().filter(s -> s.startsWith("synthetic-")).findFirst()
                .orElseThrow());

        given().get("/api/v1/articles/" + any).then().statusCode(200)
                .body("slug", startsWith("synthetic-"))
                .body("body.blocks.size()", greaterThan(3))
                .body("body.text", not(equalTo("")))
                .body("authors[0].name", startsWith("Synthetic Author"))
                .body("heroImage.credit", not(nullValue()))
                .body("wordCount", greaterThan(50));
    }
}
