package dev.masthead.content.search;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import javax.sql.DataSource;

/**
 * Indexes, on start, the articles that H2's search migration found already stored: SQL
 * cannot tokenise, so the migration lists them in {@code article_term_backlog} and this
 * works the list off in batches. PostgreSQL needs none of it (its search vector is generated).
 */
@ApplicationScoped
public class SearchBacklog {

    private static final int BATCH = 500;

    private final TextSearch search;
    private final DataSource dataSource;

    public SearchBacklog(TextSearch search, DataSource dataSource) {
        this.search = search;
        this.dataSource = dataSource;
    }

    void onStart(@Observes @Priority(5) StartupEvent event) throws SQLException {
        if (search.keepsTermRows()) {
            try (var db = dataSource.getConnection()) {
                db.setAutoCommit(false);
                int indexed = drain(db);
                if (indexed > 0) {
                    Log.infof("Search: indexed %d articles stored before full-text search", indexed);
                }
            }
        }
    }

    /** Indexes every backlogged article and empties the backlog, a committed batch at a time; returns how many. */
    public static int drain(Connection db) throws SQLException {
        int total = 0;
        while (true) {
            var ids = new ArrayList<Long>();
            try (var select = db.prepareStatement("select k.article_id, a.headline, a.dek, b.search_text"
                    + " from article_term_backlog k left join article a on a.id = k.article_id"
                    + " left join article_body b on b.article_id = k.article_id order by k.article_id limit " + BATCH);
                    var insert = db.prepareStatement(TermRows.INSERT);
                    var rows = select.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    ids.add(id);
                    if (rows.getString(2) != null && rows.getString(4) != null) {
                        TermRows.add(insert, id, SearchTerms.weighted(rows.getString(2), rows.getString(3),
                                rows.getString(4)));
                    }
                }
                if (ids.isEmpty()) {
                    return total;
                }
                insert.executeBatch();
            }
            try (var delete = db.prepareStatement("delete from article_term_backlog where article_id = ?")) {
                for (var id : ids) {
                    delete.setLong(1, id);
                    delete.addBatch();
                }
                delete.executeBatch();
            }
            db.commit();
            total += ids.size();
        }
    }
}
