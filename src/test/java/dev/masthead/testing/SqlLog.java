package dev.masthead.testing;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * The SQL Hibernate sent lately, so a test can ask the database how it plans the very
 * statement a request ran (EXPLAIN), or count the statements of one kind a request sent.
 * Changes nothing it sees.
 */
@PersistenceUnitExtension
public class SqlLog implements StatementInspector {

    private static final int KEPT = 200;
    private static final Deque<String> STATEMENTS = new ConcurrentLinkedDeque<>();

    @Override
    public String inspect(String sql) {
        if (sql.contains("article_schedule")) {
            // The publishing job's poll runs on its own timer, in no request: not counted.
            return sql;
        }
        STATEMENTS.addLast(sql);
        while (STATEMENTS.size() > KEPT) {
            STATEMENTS.pollFirst();
        }
        return sql;
    }

    public static void clear() {
        STATEMENTS.clear();
    }

    /** The statements sent lately, newest first. */
    public static List<String> recent() {
        var list = new ArrayList<>(STATEMENTS);
        Collections.reverse(list);
        return list;
    }

    /** The statements sent lately, oldest first. */
    public static List<String> statements() {
        return List.copyOf(STATEMENTS);
    }
}
