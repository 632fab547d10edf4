package org.itaboard.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.itaboard.base.domain.AuditChainReport;
import org.itaboard.base.domain.AuditChainReport.Kind;
import org.itaboard.base.domain.FieldChange;
import org.itaboard.base.service.AuditChainCheck;
import org.itaboard.base.service.AuditChainMigration;
import org.itaboard.base.service.AuditService;
import org.itaboard.test.PostgresTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit history is a hash chain: changing or removing an entry directly in the database is found, concurrent
 * appends keep one chain, and only the system administrator runs the check.
 */
class AuditChainTest extends PostgresTest {

    private static final String ENTITY = "AuditChainTest";

    @Autowired
    private AuditService audit;
    @Autowired
    private AuditChainCheck check;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private DataSource dataSource;

    /** Other tests' clean-ups delete audit entries of the shared database; start from a chain sealed as it is. */
    @BeforeEach
    void startFromAValidChain() throws Exception {
        reseal(dataSource);
    }

    /** Later tests (the view's) find a valid chain again. */
    @AfterEach
    void leaveAValidChain() throws Exception {
        jdbc.update("delete from audit_entry where entity_type = ?", ENTITY);
        reseal(dataSource);
    }

    static void reseal(DataSource dataSource) throws Exception {
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            AuditChainMigration.chain(connection);
            connection.commit();
        }
    }

    @Test
    void anIntactChainChecksAndCountsEveryEntry() {
        List<Long> ids = append(3);
        signInAs("SYSTEM_ADMIN");

        AuditChainReport report = check.check();

        assertThat(report.intact()).isTrue();
        assertThat(report.entriesChecked()).isEqualTo(jdbc.queryForObject("select count(*) from audit_entry", Long.class));
        assertThat(report.headId()).isEqualTo(ids.get(2));
        assertThat(jdbc.queryForObject("select prev_hash from audit_entry where id = ?", String.class, ids.get(1)))
                .isEqualTo(jdbc.queryForObject("select hash from audit_entry where id = ?", String.class, ids.get(0)));
    }

    @Test
    void anEntryChangedInTheDatabaseIsFound() {
        List<Long> ids = append(5);
        jdbc.update("update audit_entry set username = 'someone.else' where id = ?", ids.get(2));
        signInAs("SYSTEM_ADMIN");

        AuditChainReport report = check.check();

        assertThat(report.intact()).isFalse();
        assertThat(report.firstBreak().orElseThrow().entryId()).isEqualTo(ids.get(2));
        assertThat(report.firstBreak().orElseThrow().kind()).isEqualTo(Kind.CHANGED);
        assertThat(report.firstBreak().orElseThrow().occurredAt()).isEqualTo(Instant.parse("2026-12-01T03:00:02Z"));
    }

    @Test
    void aChangeOfTheTimeAloneIsFoundToo() {
        List<Long> ids = append(3);
        jdbc.update("update audit_entry set occurred_at = occurred_at + interval '1 second' where id = ?", ids.get(1));
        signInAs("SYSTEM_ADMIN");

        assertThat(check.check().firstBreak().orElseThrow()).extracting(AuditChainReport.Break::entryId,
                AuditChainReport.Break::kind).containsExactly(ids.get(1), Kind.CHANGED);
    }

    @Test
    void anEntryRemovedFromTheMiddleIsFoundAtTheEntryAfterIt() {
        List<Long> ids = append(5);
        jdbc.update("delete from audit_entry where id = ?", ids.get(2));
        signInAs("SYSTEM_ADMIN");

        AuditChainReport.Break found = check.check().firstBreak().orElseThrow();

        assertThat(found.entryId()).isEqualTo(ids.get(3));
        assertThat(found.kind()).isEqualTo(Kind.REMOVED_BEFORE);
    }

    @Test
    void theLastEntriesRemovedAreFoundThroughTheHead() {
        List<Long> ids = append(4);
        jdbc.update("delete from audit_entry where id >= ?", ids.get(2));
        signInAs("SYSTEM_ADMIN");

        AuditChainReport.Break found = check.check().firstBreak().orElseThrow();

        assertThat(found.entryId()).isEqualTo(ids.get(3));
        assertThat(found.kind()).isEqualTo(Kind.REMOVED_AT_END);
    }

    @Test
    void anEntryInsertedWithAValidLinkAtTheEndIsFound() {
        append(2);
        // A forger who links a new entry to the last one and hashes it correctly still leaves the head behind.
        long id = jdbc.queryForObject("select nextval('audit_entry_seq')", Long.class);
        String last = jdbc.queryForObject("select last_hash from audit_chain_head where id = 1", String.class);
        Instant at = Instant.parse("2026-12-01T04:00:00Z");
        jdbc.update("insert into audit_entry (id, entity_type, entity_id, action, username, occurred_at, changes, prev_hash,"
                + " hash) values (?, ?, 1, 'forged', 'nobody', ?, null, ?, ?)", id, ENTITY,
                java.sql.Timestamp.from(at), last, org.itaboard.base.domain.AuditChain.hash(id, ENTITY, 1, "forged",
                        "nobody", at, null, last));
        signInAs("SYSTEM_ADMIN");

        assertThat(check.check().firstBreak().orElseThrow()).extracting(AuditChainReport.Break::entryId,
                AuditChainReport.Break::kind).containsExactly(id, Kind.INSERTED);
    }

    @Test
    void anEntryWrittenPastTheAuditServiceIsRefusedByTheDatabase() {
        assertThatThrownBy(() -> jdbc.update("insert into audit_entry (entity_type, entity_id, action, username, occurred_at)"
                + " values (?, 1, 'x', 'x', current_timestamp)", ENTITY))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void eightConcurrentWritersKeepOneChain() throws Exception {
        long before = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
        int threads = 8;
        int each = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        int n = i;
                        // Each transaction writes two entries, so a fork would show within a transaction too.
                        transactions.executeWithoutResult(tx -> {
                            audit.recordAs("writer" + thread, Instant.parse("2026-12-01T05:00:00Z"), ENTITY, (long) thread,
                                    "concurrent", List.of(FieldChange.of("n", null, String.valueOf(n))));
                            audit.recordAs("writer" + thread, Instant.parse("2026-12-01T05:00:00Z"), ENTITY, (long) thread,
                                    "concurrent", List.of(FieldChange.of("n", String.valueOf(n), null)));
                        });
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        signInAs("SYSTEM_ADMIN");

        AuditChainReport report = check.check();

        assertThat(report.intact()).as("first break %s", report.firstBreak()).isTrue();
        assertThat(report.entriesChecked()).isEqualTo(before + threads * each * 2);
        assertThat(jdbc.queryForObject("select count(distinct prev_hash) from audit_entry", Long.class))
                .isEqualTo(report.entriesChecked());
    }

    @ParameterizedTest
    @ValueSource(strings = {"EXECUTIVE", "COORDINATOR", "DIVISION_HEAD", "HR_OFFICER", "ADMIN", "BMA_ANALYST"})
    void everyOtherRoleIsRefusedTheCheck(String role) {
        signInAs(role);

        assertThatThrownBy(check::check).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> audit.recordAs("x", Instant.now(), ENTITY, 1L, "x", List.of()))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }

    /** Appends n entries, one transaction each, a second apart from 03:00:00Z; returns their ids. */
    private List<Long> append(int n) {
        for (int i = 0; i < n; i++) {
            int k = i;
            transactions.executeWithoutResult(tx -> audit.recordAs("coordinator", Instant.parse("2026-12-01T03:00:00Z")
                    .plusSeconds(k), ENTITY, 1L, "step" + k, List.of(FieldChange.of("step", null, "ขั้น " + k))));
        }
        return jdbc.queryForList("select id from audit_entry where entity_type = ? order by id", Long.class, ENTITY);
    }
}
