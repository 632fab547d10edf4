package org.itaboard.test;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One real PostgreSQL per test JVM (zonky's embedded binaries from Maven Central), so the suite
 * needs no database server. Started on first use, stopped when the JVM exits.
 */
public final class EmbeddedPostgres {

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres instance;

    private EmbeddedPostgres() {
    }

    /** The suite's shared database, where the Spring tests' application lives. */
    public static String jdbcUrl() {
        return jdbcUrl("postgres");
    }

    /**
     * Another database on the same server, for a test that needs one of its own (it creates the database
     * through {@link #jdbcUrl()} first and drops it when done). User and password are both "postgres".
     */
    public static synchronized String jdbcUrl(String database) {
        if (instance == null) {
            try {
                instance = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    instance.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the temporary data directory goes with it
                }
            }));
        }
        return instance.getJdbcUrl("postgres", database);
    }
}
