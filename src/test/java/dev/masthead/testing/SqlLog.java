package dev.masthead.testing;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Remembers the last SQL statements Hibernate sent, so a test can ask the database how it
 * runs the very statement the application ran (EXPLAIN).
 */
@ApplicationScoped
@PersistenceUnitExtension
public class SqlLog implements StatementInspector {

    private static final int KEPT = 200;
    private static final Deque<String> STATEMENTS = new ConcurrentLinkedDeque<>();

    @Override
    public String inspect(String sql) {
        STATEMENTS.addLast(sql);
        while (STATEMENTS.size() > KEPT) {
            STATEMENTS.pollFirst();
        }
        return sql;
    }

    /** The statements sent so far, oldest first. */
    public static List<String> statements() {
        var list = new ArrayList<>(STATEMENTS);
        return Collections.unmodifiableList(list);
    }

    public static void clear() {
        STATEMENTS.clear();
    }
}
