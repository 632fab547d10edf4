package org.itaboard.test;

import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.FiscalYearRepository;
import org.itaboard.offices.domain.Office;
import org.itaboard.offices.domain.OfficeRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
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

    @Autowired
    private OfficeRepository offices;

    @Autowired
    private FiscalYearRepository fiscalYears;

    /**
     * Signs in (security context only) with one role as the Wang Thonglang demo user who holds it, so the office
     * checks find the user's office; the BMA's analyst and the system administrator belong to none.
     */
    protected static void signInAs(String role) {
        String username = switch (role) {
            case "EXECUTIVE" -> "director";
            case "DIVISION_HEAD" -> "head.works";
            case "HR_OFFICER" -> "hr";
            case "BMA_ANALYST" -> "bma";
            case "SYSTEM_ADMIN" -> "sysadmin";
            default -> role.toLowerCase();
        };
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, null,
                java.util.List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    /** The first demo office, where the demo users of README.md work. */
    protected Office wangThonglang() {
        return office("wangthonglang");
    }

    protected Office office(String code) {
        return offices.findByCode(code).orElseThrow();
    }

    /** Wang Thonglang's year {@code beYear}, read past the services' checks (a test's arrangement, not a call under test). */
    protected FiscalYear year(int beYear) {
        return year(wangThonglang(), beYear);
    }

    protected FiscalYear year(Office office, int beYear) {
        return fiscalYears.findByOfficeAndBeYear(office, beYear).orElseThrow();
    }
    /**
     * The application's clock stands still at this moment in every test context (fiscal year 2570, the demo's
     * current year), so "today" in a test is the same on any day and in any time zone the suite runs.
     */
    private static final String NOW = "2026-12-01T10:00+07:00";

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", EmbeddedPostgres::jdbcUrl);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        registry.add("itaboard.clock.fixed", () -> NOW);
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
