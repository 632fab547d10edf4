package org.itaboard.test;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away PostgreSQL server from the machine's own PostgreSQL packages (Debian's postgresql-15: server, pg_dump
 * and pg_restore of one version), for the backup and restore test. The suite's embedded server (zonky, PostgreSQL
 * 17) ships no pg_dump, and pg_dump refuses a server newer than itself, so the dump is taken from a server of its own
 * version. Listens on 127.0.0.1 only, trusts local connections, lives in a temporary folder; as root (CI, this
 * machine) it runs as the packages' {@code postgres} user, since PostgreSQL refuses to run as root.
 */
public final class LocalPostgres implements AutoCloseable {

    /** Where Debian puts the binaries; {@code ITABOARD_PG_BIN} names another folder. */
    public static final Path BIN = Path.of(System.getenv().getOrDefault("ITABOARD_PG_BIN", "/usr/lib/postgresql/15/bin"));

    private final Path dataDirectory;
    private final int port;

    private LocalPostgres(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    public static boolean available() {
        return List.of("initdb", "pg_ctl", "postgres", "pg_dump", "pg_restore").stream()
                .allMatch(tool -> Files.isExecutable(BIN.resolve(tool)));
    }

    public static LocalPostgres start() {
        try {
            Path data = Files.createTempDirectory("itaboard-pg");
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            if (root()) {
                run(List.of("chown", "postgres", data.toString()));
            }
            server(List.of(BIN.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "--auth=trust",
                    "-E", "UTF8", "--locale=C.UTF-8"));
            server(List.of(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-l",
                    data.resolve("server.log").toString(), "-o", "-p " + port
                            + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off"
                            + " -c max_connections=50", "start"));
            LocalPostgres server = new LocalPostgres(data, port);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            return server;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Runs pg_dump, pg_restore or another client of the same version against this server; returns its output. */
    public String client(String tool, String... arguments) {
        List<String> command = new ArrayList<>(List.of(BIN.resolve(tool).toString(), "-h", "127.0.0.1", "-p",
                String.valueOf(port), "-U", "postgres"));
        command.addAll(List.of(arguments));
        return run(command);
    }

    @Override
    public synchronized void close() {
        if (Files.isDirectory(dataDirectory.resolve("base"))) {
            try {
                server(List.of(BIN.resolve("pg_ctl").toString(), "-D", dataDirectory.toString(), "-m", "immediate",
                        "-w", "stop"));
            } catch (RuntimeException ignored) {
                // already stopped
            }
            run(List.of("rm", "-rf", dataDirectory.toString()));
        }
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void server(List<String> command) {
        if (root()) {
            List<String> asPostgres = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
            asPostgres.addAll(command);
            run(asPostgres);
        } else {
            run(command);
        }
    }

    private static String run(List<String> command) {
        try {
            File output = File.createTempFile("itaboard-pg", ".log");
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output)
                        .directory(new File(System.getProperty("java.io.tmpdir"))).start();
                if (!process.waitFor(5, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("Timed out: " + command);
                }
                String printed = Files.readString(output.toPath(), StandardCharsets.UTF_8);
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(command + " exited " + process.exitValue() + ":\n" + printed);
                }
                return printed;
            } finally {
                Files.deleteIfExists(output.toPath());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
