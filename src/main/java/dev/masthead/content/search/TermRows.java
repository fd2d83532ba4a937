package dev.masthead.content.search;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Batched JDBC inserts into {@code article_term}, for loaders that bypass the ORM. */
public final class TermRows {

    public static final String INSERT = "insert into article_term (term, article_id, weight) values (?, ?, ?)";

    /** The keys and indexes of {@code article_term} (H2's V3 migration), for bulk loads that build them afterwards. */
    public static final List<String> DROP_INDEXES = List.of(
            "alter table article_term drop constraint article_term_article_fk",
            "drop index article_term_article_idx",
            "alter table article_term drop constraint article_term_pk");
    public static final List<String> CREATE_INDEXES = List.of(
            "alter table article_term add constraint article_term_pk primary key (term, article_id)",
            "create index article_term_article_idx on article_term (article_id)",
            "alter table article_term add constraint article_term_article_fk foreign key (article_id)"
                    + " references article (id) on delete cascade");

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
