package dev.masthead.graphql;

import static dev.masthead.testing.Fixtures.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.masthead.testing.Fixtures;
import dev.masthead.testing.GraphQL;
import dev.masthead.testing.OwnDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** totalCount counts up to its cap and says when it stopped there, alone and nested alike. */
@QuarkusTest
@TestProfile(GraphQLTotalCountTest.CapOfThree.class)
class GraphQLTotalCountTest {

    public static class CapOfThree implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            var overrides = new HashMap<>(Map.of("masthead.graphql.total-count-cap", "3"));
            overrides.putAll(OwnDatabase.named("total-count-test"));
            return overrides;
        }
    }

    private static String sectionWith(int articles) {
        var section = Fixtures.section();
        for (int i = 0; i < articles; i++) {
            article().inSection(section).published();
        }
        return section;
    }

    @Test
    void totalCountStopsAtTheCapAndSaysSo() {
        var five = sectionWith(5);
        var three = sectionWith(3);
        var two = sectionWith(2);
        var query = "query($s: String) { articles(filter: {section: $s}, first: 1) { totalCount totalCountCapped } }";

        GraphQL.post(query, Map.of("s", five)).body("data.articles.totalCount", equalTo(3))
                .body("data.articles.totalCountCapped", equalTo(true));
        GraphQL.post(query, Map.of("s", three)).body("data.articles.totalCount", equalTo(3))
                .body("data.articles.totalCountCapped", equalTo(false));
        GraphQL.post(query, Map.of("s", two)).body("data.articles.totalCount", equalTo(2))
                .body("data.articles.totalCountCapped", equalTo(false));

        List<Map<String, Object>> sections = GraphQL.post("{ sections { slug articles { totalCount totalCountCapped } } }")
                .body("errors", nullValue()).extract().jsonPath().getList("data.sections");
        assertThat(sections).contains(
                Map.of("slug", five, "articles", Map.of("totalCount", 3, "totalCountCapped", true)),
                Map.of("slug", three, "articles", Map.of("totalCount", 3, "totalCountCapped", false)),
                Map.of("slug", two, "articles", Map.of("totalCount", 2, "totalCountCapped", false)));
    }
}
