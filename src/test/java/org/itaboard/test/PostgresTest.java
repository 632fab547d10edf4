package org.itaboard.test;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
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

    /** Fiscal years from this one on belong to tests; the demo years end with the current one. */
    public static final int FIRST_TEST_YEAR = 2580;

    @Autowired
    private SecurityContextHolderStrategy securityContextHolderStrategy;

    @Autowired
    private JdbcTemplate jdbc;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", EmbeddedPostgres::jdbcUrl);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        // The demo data the tests build on goes into this PostgreSQL, which is embedded as well.
        registry.add("itaboard.demo.outside-embedded-database", () -> "true");
    }

    /**
     * Every application context (the mock one, the one on a real port) installs its own Vaadin-aware
     * security context strategy as the static one; the services' method security reads the strategy
     * of the context they live in. Re-pointing the static holder at this test's context keeps
     * {@code SecurityContextHolder.getContext().setAuthentication(…)} in tests meaning what it says.
     */
    @BeforeEach
    void useThisContextsSecurityStrategy() {
        SecurityContextHolder.setContextHolderStrategy(securityContextHolderStrategy);
    }

    /** Tests share the demo database: years a test created must not become "the latest year" of the next. */
    @AfterEach
    void signOutAndRemoveTestYears() {
        securityContextHolderStrategy.clearContext();
        jdbc.update("delete from measure where fiscal_year_id in (select id from fiscal_year where be_year >= ?)",
                FIRST_TEST_YEAR);
        jdbc.update("delete from fiscal_year where be_year >= ?", FIRST_TEST_YEAR);
    }
}
