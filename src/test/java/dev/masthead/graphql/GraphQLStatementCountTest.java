package dev.masthead.graphql;

import static dev.masthead.testing.Fixtures.article;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.testing.Fixtures;
import dev.masthead.testing.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Lists cost a fixed number of SQL statements, however many teasers a page holds. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GraphQLStatementCountTest {

    private static final String PAGE = "query($s: String!, $n: Int) { articles(filter: {section: $s}, first: $n) {"
            + " edges { node { slug headline section { slug name } heroImage { url caption credit }"
            + " authors { slug name } tags { slug name } } } } }";

    @Inject
    SessionFactory sessions;

    private String section;

    @BeforeAll
    void manyArticlesWithBylinesTagsAndHeroImages() {
        section = Fixtures.section();
        var authors = new String[] {Fixtures.author(), Fixtures.author(), Fixtures.author()};
        var tags = new String[] {Fixtures.tag(), Fixtures.tag(), Fixtures.tag(), Fixtures.tag()};
        for (int i = 0; i < 60; i++) {
            article().inSection(section).by(authors[i % 3], authors[(i + 1) % 3])
                    .taggedWith(tags[i % 4], tags[(i + 2) % 4]).withHero("Caption " + i, "Credit " + i)
                    .publishedAt(Instant.parse("2014-01-01T00:00:00Z").plusSeconds(i * 60L)).published();
        }
    }

    private long statementsFor(Runnable request) {
        var statistics = sessions.getStatistics();
        statistics.clear();
        request.run();
        return statistics.getPrepareStatementCount();
    }

    @Test
    void graphQLPageOf3AndPageOf50CostTheSameSmallNumberOfStatements() {
        long three = statementsFor(() -> assertThat(GraphQL.post(PAGE, Map.of("s", section, "n", 3))
                .extract().jsonPath().getList("data.articles.edges")).hasSize(3));
        long fifty = statementsFor(() -> assertThat(GraphQL.post(PAGE, Map.of("s", section, "n", 50))
                .extract().jsonPath().getList("data.articles.edges")).hasSize(50));

        assertThat(fifty).isEqualTo(three);
        assertThat(three).isLessThanOrEqualTo(5);
    }

    @Test
    void restPageOf3AndPageOf50CostTheSameSmallNumberOfStatements() {
        long three = statementsFor(() -> given().queryParam("section", section).queryParam("limit", 3)
                .get("/api/v1/articles").then().statusCode(200));
        long fifty = statementsFor(() -> given().queryParam("section", section).queryParam("limit", 50)
                .get("/api/v1/articles").then().statusCode(200));

        assertThat(fifty).isEqualTo(three);
        assertThat(three).isLessThanOrEqualTo(5);
    }

    @Test
    void authorsAndTagsAreNotQueriedUnlessSelected() {
        long lean = statementsFor(() -> GraphQL.post("query($s: String!) { articles(filter: {section: $s}, first: 50)"
                + " { edges { node { slug } } } }", Map.of("s", section)));
        long full = statementsFor(() -> GraphQL.post(PAGE, Map.of("s", section, "n", 50)));

        assertThat(lean).isLessThan(full);
    }
}
