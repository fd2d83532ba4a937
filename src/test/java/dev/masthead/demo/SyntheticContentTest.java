package dev.masthead.demo;

import static dev.masthead.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SyntheticContentTest {

    @Inject
    SyntheticContent synthetic;

    @Inject
    EntityManager entities;

    @Test
    void generatedArticlesAreServedLikeAnyOtherAndGenerationIsIdempotent() throws Exception {
        long before = count("select count(*) from article where slug like 'synthetic-%'");
        long maxId = count("select coalesce(max(id), 0) from article");
        int target = (int) before + 40;

        assertThat(synthetic.ensure(target)).isEqualTo(40);
        assertThat(count("select count(*) from article where slug like 'synthetic-%'")).isEqualTo(target);
        assertThat(synthetic.ensure(target)).as("a second run adds nothing").isZero();
        assertThat(count("select count(*) from article where slug like 'synthetic-%'")).isEqualTo(target);

        // Each of the forty is served as its status says, with what was stored.
        @SuppressWarnings("unchecked")
        List<Object[]> added = QuarkusTransaction.requiringNew().call(() -> entities.createNativeQuery(
                "select slug, headline, word_count, status from article where id > ?1 order by id")
                .setParameter(1, maxId).getResultList());
        assertThat(added).hasSize(40);
        assertThat(added).as("mostly published").filteredOn(row -> "PUBLISHED".equals(row[3])).hasSizeGreaterThan(30);
        for (var row : added) {
            var slug = (String) row[0];
            var response = given().get("/api/v1/articles/" + slug).then();
            if ("PUBLISHED".equals(row[3])) {
                response.statusCode(200)
                        .body("slug", equalTo(slug))
                        .body("headline", equalTo(row[1]))
                        .body("wordCount", equalTo(((Number) row[2]).intValue()))
                        .body("body.blocks.size()", greaterThanOrEqualTo(4))
                        .body("body.blocks.type", everyItem(equalTo("paragraph")))
                        .body("authors[0].name", startsWith("Synthetic Author"))
                        .body("heroImage.credit", startsWith("Synthetic photo"));
            } else {
                assertProblem(response, 404, "not-found");
            }
        }

        // The loader fills the search index too: a published one is found by words of its headline.
        var found = added.stream().filter(row -> "PUBLISHED".equals(row[3])).findFirst().orElseThrow();
        var words = Arrays.stream(((String) found[1]).split("[^\\p{L}]+")).filter(w -> w.length() > 3).limit(2)
                .collect(Collectors.joining(" "));
        given().queryParam("q", words).queryParam("limit", 100).get("/api/v1/articles").then().statusCode(200)
                .body("data.slug", hasItem(found[0]));
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entities.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
