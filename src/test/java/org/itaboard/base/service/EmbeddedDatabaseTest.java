package org.itaboard.base.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The one-command start's H2 database: a generated password kept owner-only, demo data nowhere else. */
class EmbeddedDatabaseTest {

    private static final String SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    @TempDir
    Path temp;

    @Test
    void aNewDatabaseGetsAGeneratedPasswordKeptOwnerOnlyForEveryStart() throws Exception {
        Path database = temp.resolve("data/itaboard");
        StandardEnvironment environment = environment("jdbc:h2:file:" + database + SETTINGS);

        String password = environment.getProperty("spring.datasource.password");

        assertThat(password).hasSizeGreaterThanOrEqualTo(32);
        Path file = temp.resolve("data/itaboard.password");
        assertThat(Files.readString(file)).isEqualTo(password);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThat(environment("jdbc:h2:file:" + database + SETTINGS).getProperty("spring.datasource.password"))
                .as("the next start").isEqualTo(password);
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database + SETTINGS, "sa", password)) {
            assertThat(connection.isValid(1)).isTrue();
        }
    }

    @Test
    void aDatabaseCreatedWithoutPasswordGetsTheGeneratedOne() throws Exception {
        String url = "jdbc:h2:file:" + temp.resolve("itaboard") + SETTINGS;
        DriverManager.getConnection(url, "sa", "").close();

        String password = environment(url).getProperty("spring.datasource.password");

        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close()).isInstanceOf(SQLException.class);
        DriverManager.getConnection(url, "sa", password).close();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(temp.resolve("itaboard.mv.db"))))
                .isEqualTo("rw-------");
    }

    @Test
    void anotherDatabaseWithoutPasswordIsAClearError() {
        assertThatThrownBy(() -> environment("jdbc:postgresql://db:5432/itaboard?password=secret")
                .getProperty("spring.datasource.password"))
                .hasMessageContaining("set SPRING_DATASOURCE_PASSWORD").hasMessageNotContaining("secret");
    }

    @Test
    void demoDataGoesOnlyIntoTheEmbeddedDatabase() {
        assertThatThrownBy(() -> new DemoDataGuard(true, "jdbc:postgresql://db:5432/itaboard?password=secret", false))
                .hasMessageContaining("ITABOARD_DEMO_ENABLED=false").hasMessageContaining("jdbc:postgresql")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> new DemoDataGuard(true, "jdbc:h2:tcp://localhost/./data/itaboard", false))
                .isInstanceOf(IllegalStateException.class);
        assertThatCode(() -> new DemoDataGuard(true, "jdbc:h2:file:./data/itaboard" + SETTINGS, false)).doesNotThrowAnyException();
        assertThatCode(() -> new DemoDataGuard(false, "jdbc:postgresql://db:5432/itaboard", false)).doesNotThrowAnyException();
    }

    private static StandardEnvironment environment(String url) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application.properties", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", "sa",
                "spring.datasource.password", "${itaboard.embedded-database.password}")));
        new EmbeddedDatabasePassword().postProcessEnvironment(environment, null);
        return environment;
    }
}
