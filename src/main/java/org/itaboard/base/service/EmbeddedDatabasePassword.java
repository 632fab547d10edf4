package org.itaboard.base.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;

/**
 * The password of the one-command start's H2 file database, which application.properties names as
 * {@code ${itaboard.embedded-database.password}}: generated on first use and kept beside the
 * database in {@code <database>.password}, readable by the owner only (a directory it creates is
 * owner-only too), so every start uses the same one. Asked for only when nothing else sets the
 * datasource password: a deployment with {@code SPRING_DATASOURCE_PASSWORD} (and the test suite)
 * never creates the file.
 */
public class EmbeddedDatabasePassword implements EnvironmentPostProcessor {

    static final String PROPERTY = "itaboard.embedded-database.password";
    private static final String H2_FILE = "jdbc:h2:file:";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new PropertySource<>(PROPERTY) {
            private String password;

            @Override
            public synchronized Object getProperty(String name) {
                if (PROPERTY.equals(name) && password == null) {
                    password = readOrCreate(environment);
                }
                return PROPERTY.equals(name) ? password : null;
            }
        });
    }

    /** Embedded H2 (a file or memory, not a server): the only database demo data may go into. */
    static boolean isEmbeddedH2(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:h2:tcp:") && !jdbcUrl.startsWith("jdbc:h2:ssl:");
    }

    static String readOrCreate(Environment environment) {
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.startsWith(H2_FILE)) {
            throw new IllegalStateException("No password for the database " + url.split(";|\\?")[0]
                    + ": set SPRING_DATASOURCE_PASSWORD (a generated one is only for the embedded H2 file database)");
        }
        String database = url.substring(H2_FILE.length()).split(";")[0]
                .replaceFirst("^~", System.getProperty("user.home").replace("\\", "/"));
        try {
            return readOrCreate(Path.of(database), url, environment.getProperty("spring.datasource.username", "sa"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the embedded database password in " + database + ".password", e);
        }
    }

    static String readOrCreate(Path database, String url, String username) throws IOException {
        Path file = Path.of(database + ".password");
        if (Files.exists(file)) {
            return Files.readString(file).trim();
        }
        Path directory = database.toAbsolutePath().getParent();
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory);
            ownerOnly(directory, "rwx------");
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.writeString(file, password, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        ownerOnly(file, "rw-------");
        Path olderDatabase = Path.of(database + ".mv.db");
        if (Files.exists(olderDatabase)) {
            setPasswordOfOlderDatabase(url, username, password, file);
            ownerOnly(olderDatabase, "rw-------");
        }
        return password;
    }

    /** Databases created before passwords were generated have an empty one. */
    private static void setPasswordOfOlderDatabase(String url, String username, String password, Path file)
            throws IOException {
        try (Connection connection = DriverManager.getConnection(url, username, "");
                Statement statement = connection.createStatement()) {
            // The password is base64url: nothing in it can leave the quotes.
            statement.execute("alter user " + username + " set password '" + password + "'");
        } catch (SQLException e) {
            Files.delete(file);
            throw new IllegalStateException("The embedded database " + url.split(";")[0] + " exists with another password "
                    + "than the one generated now; delete its directory to start over", e);
        }
    }

    /** POSIX file systems only; elsewhere (Windows) the user's profile directory protects the files. */
    private static void ownerOnly(Path path, String permissions) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (view != null) {
            view.setPermissions(PosixFilePermissions.fromString(permissions));
        }
    }
}
