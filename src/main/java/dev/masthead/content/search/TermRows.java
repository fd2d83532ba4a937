package dev.masthead.content.search;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

/** Batched JDBC inserts into {@code article_term}, for loaders that bypass the ORM. */
public final class TermRows {

    public static final String INSERT = "insert into article_term (term, article_id, weight) values (?, ?, ?)";

    private TermRows() {
    }

    /** Adds one article's weighted terms to the batch of a statement prepared from {@link #INSERT}. */
    public static void add(PreparedStatement insert, long articleId, Map<String, Integer> weights) throws SQLException {
        for (var term : weights.entrySet()) {
            insert.setString(1, term.getKey());
            insert.setLong(2, articleId);
            insert.setInt(3, term.getValue());
            insert.addBatch();
        }
    }
}
