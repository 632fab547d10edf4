package org.itaboard.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The one-command start runs on H2; every other test runs on PostgreSQL. The same migrations must
 * run unchanged on both, so they are run here on H2 with the settings of application.properties.
 */
class FlywayOnH2Test {

    @Test
    void allMigrationsRunOnH2InPostgresMode() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:flyway-h2;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        MigrateResult result = Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isGreaterThan(0);
        assertThat(new JdbcTemplate(h2).queryForObject("select count(*) from division", Integer.class)).isEqualTo(10);
    }
}
