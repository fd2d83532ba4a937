package dev.masthead.content.article;

import static dev.masthead.testing.Fixtures.article;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.testing.Fixtures;
import dev.masthead.testing.SqlLog;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * On PostgreSQL, each list the V4 indexes were made for reads its page straight off its index:
 * the test makes the real list request, takes the SQL Hibernate sent for the page, and asks
 * PostgreSQL for that statement's plan. The test database holds a few rows, on which any plan
 * is cheap, so the plan is asked for with sequential scans and sorts switched off and as a
 * generic plan (the one a prepared statement gets whatever its values): what remains is the
 * index that answers both the filter and the order, as it must at a million articles.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "quarkus.datasource.db-kind", matches = "postgresql")
class ListIndexesTest {

    @Inject
    DataSource dataSource;

    @Test
    void aSectionRecentlyUpdatedFirstReadsTheSectionUpdatedIndex() throws SQLException {
        var section = Fixtures.section();
        article().inSection(section).published();
        article().inSection(section).published();

        assertThat(planOf(Map.of("section", section, "sort", "-updatedAt")))
                .containsPattern("Index (Only )?Scan Backward using article_section_updated_idx on article ")
                .doesNotContain("Sort");
    }

    @Test
    void aTypeRecentlyUpdatedFirstReadsTheTypeUpdatedIndex() throws SQLException {
        article().ofType(ArticleType.INTERVIEW).published();

        assertThat(planOf(Map.of("type", "interview", "sort", "-updatedAt")))
                .containsPattern("Index (Only )?Scan Backward using article_type_updated_idx on article ")
                .doesNotContain("Sort");
    }

    @Test
    void aTagsNewestArticlesReadTheTagPublishedIndex() throws SQLException {
        var tag = Fixtures.tag();
        article().taggedWith(tag).published();
        article().taggedWith(tag).published();

        assertThat(planOf(Map.of("tag", tag)))
                .containsPattern("Index (Only )?Scan Backward using article_tag_published_idx on article_tag ")
                .doesNotContain("Sort");
        assertThat(planOf(Map.of("tag", tag, "sort", "publishedAt")))
                .containsPattern("Index (Only )?Scan using article_tag_published_idx on article_tag ")
                .doesNotContain("Sort");
    }

    @Test
    void anAuthorsNewestArticlesReadTheAuthorPublishedIndex() throws SQLException {
        var author = Fixtures.author();
        article().by(author).published();
        article().by(author).published();

        assertThat(planOf(Map.of("author", author)))
                .containsPattern("Index (Only )?Scan Backward using article_author_published_idx on article_author ")
                .doesNotContain("Sort");
    }

    /** The plan of the page query that GET /api/v1/articles ran with these parameters. */
    private String planOf(Map<String, String> parameters) throws SQLException {
        SqlLog.clear();
        given().queryParams(parameters).get("/api/v1/articles").then().statusCode(200);
        // The page query is the one statement of the request with a row limit.
        var pages = SqlLog.recent().stream().filter(sql -> sql.contains(" fetch first ")).toList();
        assertThat(pages).hasSize(1);
        var sql = pages.get(0);
        var numbered = new StringBuilder();
        int parameterCount = 0;
        for (var c : sql.toCharArray()) {
            if (c == '?') {
                numbered.append('$').append(++parameterCount);
            } else {
                numbered.append(c);
            }
        }
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                statement.execute("SET LOCAL enable_seqscan = off");
                statement.execute("SET LOCAL enable_sort = off");
                statement.execute("SET LOCAL plan_cache_mode = force_generic_plan");
                statement.execute("PREPARE list_page AS " + numbered);
                var plan = new ArrayList<String>();
                var arguments = String.join(", ", Collections.nCopies(parameterCount, "NULL"));
                try (var rows = statement.executeQuery("EXPLAIN EXECUTE list_page(" + arguments + ")")) {
                    while (rows.next()) {
                        plan.add(rows.getString(1));
                    }
                }
                return String.join("\n", plan);
            } finally {
                connection.rollback();
                // By name: the driver keeps prepared statements of its own on this pooled connection.
                statement.execute("DEALLOCATE list_page");
                connection.setAutoCommit(true);
            }
        }
    }
}
