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
        MigrateResult result = Flyway.configure().dataSource(h2).locations("classpath:db/migration")
                .placeholders(java.util.Map.of("office_code", "wangthonglang", "office_name", "สำนักงานเขตวังทองหลาง",
                        "office_name_en", "Wang Thonglang District Office"))
                .javaMigrations(new org.itaboard.offices.service.PerOfficeUniqueness(),
                        new org.itaboard.base.service.AuditChainMigration()).load().migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isGreaterThan(0);
        JdbcTemplate jdbc = new JdbcTemplate(h2);
        assertThat(jdbc.queryForObject("select count(*) from division where office_id = (select id from office"
                + " where code = 'wangthonglang')", Integer.class)).isEqualTo(10);
        // V7: division codes are unique per office, no longer in the whole database.
        jdbc.update("insert into office (code, name_th, name_en) values ('nongchok', 'หนองจอก', 'Nong Chok')");
        jdbc.update("insert into division (code, name_th, name_en, office_id) select 'ADMIN', 'ฝ่ายปกครอง', 'Administration', id"
                + " from office where code = 'nongchok'");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("insert into division (code, name_th, name_en,"
                + " office_id) select 'ADMIN', 'ซ้ำ', 'Twice', id from office where code = 'nongchok'"))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        // V8: the crosswalk between items of different years starts empty.
        assertThat(jdbc.queryForObject("select count(*) from item_crosswalk", Integer.class)).isZero();
        // V15: the audit chain starts at its genesis and new ids come from the sequence.
        assertThat(jdbc.queryForObject("select last_hash from audit_chain_head where id = 1", String.class))
                .isEqualTo(org.itaboard.base.domain.AuditChain.GENESIS);
        assertThat(jdbc.queryForObject("select nextval('audit_entry_seq')", Long.class)).isPositive();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("insert into audit_entry (entity_type, entity_id,"
                + " action, username, occurred_at) values ('X', 1, 'x', 'x', current_timestamp)"))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }
}
