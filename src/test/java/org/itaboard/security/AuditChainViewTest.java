package org.itaboard.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.itaboard.base.domain.FieldChange;
import org.itaboard.base.service.AuditChainMigration;
import org.itaboard.base.service.AuditService;
import org.itaboard.base.ui.errors.RouteDeniedPage;
import org.itaboard.security.ui.AuditChainView;
import org.itaboard.test.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The system administrator's audit chain page: the count and an intact chain, then the entry changed in the database. */
class AuditChainViewTest extends KaribuTest {

    private static final String ENTITY = "AuditChainViewTest";

    @Autowired
    private AuditService audit;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private DataSource dataSource;

    @BeforeEach
    @AfterEach
    void startAndLeaveAValidChain() throws Exception {
        jdbc.update("delete from audit_entry where entity_type = ?", ENTITY);
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            AuditChainMigration.chain(connection);
            connection.commit();
        }
    }

    @Test
    void theSystemAdministratorSeesTheChainIntactThenTheChangedEntry() {
        for (int i = 0; i < 3; i++) {
            int k = i;
            transactions.executeWithoutResult(tx -> audit.recordAs("coordinator", Instant.parse("2026-12-01T03:00:00Z")
                    .plusSeconds(k * 60L), ENTITY, 1L, "step", List.of(FieldChange.of("n", null, "" + k))));
        }
        long count = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
        login("sysadmin");
        UI.getCurrent().navigate(AuditChainView.class);

        assertThat(_get(Span.class, spec -> spec.withId("audit-chain-status")).getText())
                .isEqualTo("ประวัติครบถ้วน ไม่มีการแก้ไขโดยตรง");
        assertThat(_get(Paragraph.class, spec -> spec.withId("audit-chain-summary")).getText())
                .startsWith("ตรวจแล้ว " + count + " รายการ เมื่อ ");
        assertThat(_find(Paragraph.class, spec -> spec.withId("audit-chain-break"))).isEmpty();

        long second = jdbc.queryForList("select id from audit_entry where entity_type = ? order by id", Long.class, ENTITY)
                .get(1);
        jdbc.update("update audit_entry set changes = 'n\t\t9\n' where id = ?", second);
        _click(_get(Button.class, spec -> spec.withId("audit-chain-run")));

        assertThat(_get(Span.class, spec -> spec.withId("audit-chain-status")).getText())
                .isEqualTo("พบการแก้ไขประวัติโดยตรงในฐานข้อมูล");
        // 10:01 in Bangkok on 1 December 2569 (BE).
        assertThat(_get(Paragraph.class, spec -> spec.withId("audit-chain-break")).getText())
                .startsWith("จุดแรกที่สายขาด: รายการเลขที่ " + second + " (")
                .contains("10:01:00")
                .endsWith("รายการนี้ถูกแก้ไข");
    }

    @Test
    void theOfficeAdministratorIsRefusedThePage() {
        login("admin");
        UI.getCurrent().navigate("admin/audit-chain");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(RouteDeniedPage.class);
    }
}
