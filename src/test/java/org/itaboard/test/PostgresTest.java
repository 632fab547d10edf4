package org.itaboard.test;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every Spring test: the application on a real PostgreSQL with the Flyway migrations and
 * the demo data. All subclasses share one cached application context.
 */
@SpringBootTest
public abstract class PostgresTest {

    @Autowired
    private SecurityContextHolderStrategy securityContextHolderStrategy;

    /**
     * Each application context installs its own (Vaadin-aware) holder strategy in the static
     * SecurityContextHolder when it starts; once a second context (e.g. WebServerTest's) has started,
     * a test of the first one would set its user where its own method security does not look.
     */
    @BeforeEach
    void useThisContextsSecurityContextHolder() {
        SecurityContextHolder.setContextHolderStrategy(securityContextHolderStrategy);
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", EmbeddedPostgres::jdbcUrl);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }
}
