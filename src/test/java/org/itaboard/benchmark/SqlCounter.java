package org.itaboard.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate sends (every query, batch fetch and native query of the services), so the
 * benchmark can show that an operation's statements do not grow with its rows. Hibernate creates it from the
 * class name in {@code hibernate.session_factory.statement_inspector}; the benchmark runs on one thread.
 */
public class SqlCounter implements StatementInspector {

    private static final List<String> STATEMENTS = new ArrayList<>();
    private static volatile boolean recording;

    @Override
    public String inspect(String sql) {
        if (recording) {
            synchronized (STATEMENTS) {
                STATEMENTS.add(sql);
            }
        }
        return sql;
    }

    static void start() {
        synchronized (STATEMENTS) {
            STATEMENTS.clear();
        }
        recording = true;
    }

    /** Stops recording and returns the statements sent since {@link #start()}. */
    static List<String> stop() {
        recording = false;
        synchronized (STATEMENTS) {
            return List.copyOf(STATEMENTS);
        }
    }

    /** The statements by text, each with how often it was sent, the most repeated first. */
    static Map<String, Long> repeats(List<String> statements) {
        Map<String, Long> counts = new LinkedHashMap<>();
        statements.forEach(sql -> counts.merge(sql, 1L, Long::sum));
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
