package dev.masthead.sitemaps;

import static dev.masthead.testing.Fixtures.article;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.testing.SqlLog;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * On PostgreSQL, every statement a sitemap sends reads article (published_at, id): the months
 * of the index are found by seeks on it, and each month's file is one range of it. As in
 * ListIndexesTest, plans are asked for as generic plans with sequential scans and sorts
 * switched off, so that what remains is the index that answers both the range and the order.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "quarkus.datasource.db-kind", matches = "postgresql")
class SitemapIndexesTest {

    @Inject
    DataSource dataSource;

    @Test
    void theIndexAndAMonthReadThePublishedIndex() throws SQLException {
        article().publishedAt(Instant.parse("2012-04-04T04:04:04Z")).published();

        for (var path : new String[] {"/api/v1/sitemaps/index.xml", "/api/v1/sitemaps/articles/2012-04.xml",
                "/api/v1/sitemaps/news.xml"}) {
            SqlLog.clear();
            given().get(path).then().statusCode(200);
            var statements = SqlLog.recent().stream().filter(sql -> sql.contains(" from article ")).toList();
            assertThat(statements).as(path).isNotEmpty();
            for (var sql : statements) {
                // A count may read its range through a bitmap; the ordered reads walk the index itself.
                assertThat(planOf(sql)).as(sql)
                        .containsPattern("(Scan using|Scan Backward using|Bitmap Index Scan on) article_published_idx")
                        .doesNotContain("Seq Scan on article").doesNotContain("Sort");
            }
        }
    }

    private String planOf(String sql) throws SQLException {
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
                statement.execute("PREPARE sitemap_query AS " + numbered);
                var plan = new ArrayList<String>();
                var arguments = String.join(", ", Collections.nCopies(parameterCount, "NULL"));
                try (var rows = statement.executeQuery("EXPLAIN EXECUTE sitemap_query(" + arguments + ")")) {
                    while (rows.next()) {
                        plan.add(rows.getString(1));
                    }
                }
                return String.join("\n", plan);
            } finally {
                connection.rollback();
                statement.execute("DEALLOCATE sitemap_query");
                connection.setAutoCommit(true);
            }
        }
    }
}
