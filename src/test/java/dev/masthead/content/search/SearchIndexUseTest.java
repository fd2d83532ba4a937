package dev.masthead.content.search;

import static dev.masthead.testing.Fixtures.article;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.masthead.testing.Fixtures;
import dev.masthead.testing.SqlLog;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Proves that a text search is answered from the search index, never by reading bodies: the
 * statement the application sent for a search is EXPLAINed on the same database.
 */
@QuarkusTest
class SearchIndexUseTest {

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @ParameterizedTest
    @ValueSource(strings = {"relevance", "-publishedAt"})
    void postgresqlSearchUsesTheGinIndex(String sort) throws SQLException {
        assumeTrue("postgresql".equals(dbKind), "PostgreSQL only");
        var plan = planOfSearch(sort, db -> {
            try (var st = db.createStatement()) {
                // With the few rows of a test database, reading a whole table (directly or along its
                // primary key) is cheaper and PostgreSQL rightly does it. Forbidding those shows that
                // the search index serves this very statement, whatever the suite stored before.
                st.execute("analyze article");
                st.execute("analyze article_body");
                st.execute("set local enable_seqscan = off");
                st.execute("set local enable_indexscan = off");
                st.execute("set local enable_indexonlyscan = off");
            }
        });
        assertThat(plan).contains("Bitmap Index Scan on article_body_search_idx");
        assertThat(plan).doesNotContain("Seq Scan on article_body");
    }

    @ParameterizedTest
    @ValueSource(strings = {"relevance", "-publishedAt"})
    void h2SearchLooksTermsUpByPrimaryKey(String sort) throws SQLException {
        assumeTrue("h2".equals(dbKind), "H2 only");
        var plans = plansOfSearch(sort, db -> {
        });
        // The search index answers which articles match (primary key (term, article_id)); the
        // articles are then fetched by id, never found by walking every article, and bodies
        // are never read.
        assertThat(plans.get(0)).containsPattern("/\\* public\\.primary_key_\\w+: term = \\?\\d+ \\*/");
        assertThat(plans).hasSizeGreaterThan(1);
        assertThat(plans.subList(1, plans.size())).allSatisfy(plan -> assertThat(plan)
                .containsPattern("/\\* public\\.primary_key_\\w+: id (in\\(|= )(\\?|select distinct\\s+\\w+\\.article_id"
                        + "\\s+from public\\.article_term \\w+\\s+/\\* public\\.primary_key_\\w+: term = \\?\\d+ \\*/)"));
        assertThat(plans).allSatisfy(plan -> assertThat(plan).doesNotContain("tablescan")
                .doesNotContain("article_body"));
    }

    private interface Session {
        void prepare(Connection db) throws SQLException;
    }

    /**
     * The plan of the first statement the application sent for a text query with this sort:
     * the probe of the search index that every search starts with.
     */
    private String planOfSearch(String sort, Session session) throws SQLException {
        return plansOfSearch(sort, session).get(0);
    }

    /** The plans (lower-cased on H2) of the statements over articles the application sent for a text query with this sort. */
    private List<String> plansOfSearch(String sort, Session session) throws SQLException {
        var word = "qz" + Fixtures.unique("idx").replace("-", "");
        article().headline("Index " + word).published();
        SqlLog.clear();
        given().queryParam("q", word).queryParam("sort", sort).get("/api/v1/articles").then().statusCode(200);
        var statements = SqlLog.statements().stream()
                .filter(sql -> sql.startsWith("select") && (sql.contains(" article ") || sql.contains(" article_term ")
                        || sql.contains(" article_body "))
                        && !sql.contains("article_author") && !sql.contains("article_tag"))
                .toList();
        var plans = new ArrayList<String>();
        for (var sql : statements) {
            plans.add("h2".equals(dbKind) ? plan(sql, session, word).toLowerCase() : plan(sql, session, word));
        }
        return plans;
    }

    private String plan(String sql, Session session, String word) throws SQLException {
        try (var db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try {
                session.prepare(db);
                try (var explain = db.prepareStatement("explain " + sql)) {
                    var meta = explain.getParameterMetaData();
                    for (int i = 1; i <= meta.getParameterCount(); i++) {
                        bind(explain, i, meta.getParameterType(i), word);
                    }
                    var plan = new StringBuilder();
                    try (var rows = explain.executeQuery()) {
                        while (rows.next()) {
                            plan.append(rows.getString(1)).append('\n');
                        }
                    }
                    return plan.toString();
                }
            } finally {
                db.rollback();
            }
        }
    }

    /** Binds a plausible value of the parameter's type: the search word, now, or a small number. */
    private static void bind(java.sql.PreparedStatement st, int index, int type, String word) throws SQLException {
        switch (type) {
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> st.setTimestamp(index, Timestamp.from(Instant.now()));
            case Types.INTEGER, Types.BIGINT, Types.SMALLINT -> st.setInt(index, 21);
            case Types.DOUBLE, Types.REAL, Types.FLOAT, Types.NUMERIC, Types.DECIMAL -> st.setDouble(index, 1.0);
            default -> st.setString(index, word);
        }
    }
}
