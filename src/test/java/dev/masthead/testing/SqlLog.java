package dev.masthead.testing;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * The SQL Hibernate sent lately, newest first, so a test can ask the database how it plans
 * the very statement a request ran. Changes nothing it sees.
 */
@PersistenceUnitExtension
public class SqlLog implements StatementInspector {

    private static final int KEPT = 200;
    private static final Deque<String> RECENT = new ConcurrentLinkedDeque<>();

    @Override
    public String inspect(String sql) {
        RECENT.addFirst(sql);
        while (RECENT.size() > KEPT) {
            RECENT.pollLast();
        }
        return sql;
    }

    public static void clear() {
        RECENT.clear();
    }

    public static List<String> recent() {
        return new ArrayList<>(RECENT);
    }
}
