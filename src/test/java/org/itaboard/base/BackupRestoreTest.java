package org.itaboard.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.itaboard.base.domain.AuditChainReport;
import org.itaboard.base.service.AuditChainWalker;
import org.itaboard.measures.MeasureFixtures;
import org.itaboard.measures.domain.Measure;
import org.itaboard.measures.service.EvidenceService;
import org.itaboard.measures.service.EvidenceUpload;
import org.itaboard.test.LocalPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * README's backup and restore, done for real: the application (migrations, demo data, an evidence file uploaded
 * through the service, the audit chain) on a PostgreSQL server, {@code pg_dump -Fc} of its database,
 * {@code pg_restore} into an empty database, and the restored copy holds every year, measure, evidence file (same
 * SHA-256), attachment and audit entry, every table has as many rows, the audit chain still checks, and new rows
 * get new ids. Runs on the machine's PostgreSQL 15 ({@link LocalPostgres}: pg_dump must be at least the server's
 * version, and the suite's embedded server has none); skipped where those packages are missing, except on CI.
 */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class BackupRestoreTest {

    private static LocalPostgres server;

    @Autowired
    private ApplicationContext context;
    @Autowired
    private EvidenceService evidence;
    @Autowired
    private JdbcTemplate source;
    @Autowired
    private Clock clock;

    @BeforeAll
    static void needsPostgresTools() {
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(LocalPostgres.available(), "PostgreSQL 15 server and client not installed");
        }
    }

    @DynamicPropertySource
    static void onItsOwnServer(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> server().jdbcUrl("itaboard"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("itaboard.clock.fixed", () -> "2026-12-01T10:00+07:00");
        registry.add("itaboard.demo.outside-embedded-database", () -> "true");
    }

    private static synchronized LocalPostgres server() {
        if (server == null) {
            server = LocalPostgres.start();
            server.client("createdb", "itaboard");
        }
        return server;
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aDumpRestoredIntoAnEmptyDatabaseHoldsEverything() throws Exception {
        byte[] pdf = "%PDF-1.4\n% backup test ข้อมูล\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        MeasureFixtures fixtures = new MeasureFixtures(context);
        Measure measure = fixtures.measure(fixtures.year(2581), "สำรองข้อมูล", "PUBLIC_WORKS");
        fixtures.signIn("head.works");
        evidence.addFile(measure.getId(), new EvidenceUpload("หลักฐาน", "evidence.pdf", pdf, LocalDate.of(2026, 11, 1), null));
        SecurityContextHolder.clearContext();
        Map<String, Object> before = snapshot(source);
        assertThat((List<?>) before.get("evidence files")).isNotEmpty();
        assertThat((List<?>) before.get("audit entries")).isNotEmpty();

        Path dump = Files.createTempFile("itaboard", ".dump");
        try {
            server.client("pg_dump", "-Fc", "--no-owner", "-d", "itaboard", "-f", dump.toString());
            server.client("createdb", "itaboard_restored");
            server.client("pg_restore", "--no-owner", "--exit-on-error", "-d", "itaboard_restored", dump.toString());
        } finally {
            Files.deleteIfExists(dump);
        }

        JdbcTemplate restored = new JdbcTemplate(new DriverManagerDataSource(server.jdbcUrl("itaboard_restored"),
                "postgres", ""));
        assertThat(snapshot(restored)).isEqualTo(before);
        AuditChainReport chain = AuditChainWalker.walk(restored, clock);
        assertThat(chain.intact()).as("first break %s", chain.firstBreak()).isTrue();
        assertThat(chain.entriesChecked()).isEqualTo(((List<?>) before.get("audit entries")).size());
        assertThat(chain.headHash()).isEqualTo(AuditChainWalker.walk(source, clock).headHash());
        // The restored sequences go on after the restored rows: new rows are accepted with new ids.
        long office = restored.queryForObject("select min(id) from office", Long.class);
        long year = restored.queryForObject("insert into fiscal_year (be_year, office_id) values (2599, ?) returning id",
                Long.class, office);
        assertThat(year).isGreaterThan(restored.queryForObject("select max(id) from fiscal_year where be_year <> 2599",
                Long.class));
        long file = restored.queryForObject("insert into evidence_file (content) values (?) returning id", Long.class,
                (Object) pdf);
        assertThat(file).isGreaterThan(restored.queryForObject("select max(id) from evidence_file where id <> ?",
                Long.class, file));
        assertThat(restored.queryForObject("select nextval('audit_entry_seq')", Long.class))
                .isGreaterThan(restored.queryForObject("select max(id) from audit_entry", Long.class));
    }

    /** What must survive: the rows that matter compared whole, the files by checksum, and every table's row count. */
    private static Map<String, Object> snapshot(JdbcTemplate db) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("years", db.queryForList("select * from fiscal_year order by id"));
        snapshot.put("measures", db.queryForList("select * from measure order by id"));
        snapshot.put("evidence", db.queryForList("select * from evidence order by id"));
        snapshot.put("evidence files", db.query("select f.id, f.content, e.sha256 from evidence_file f"
                + " left join evidence e on e.file_id = f.id order by f.id", (rs, n) -> {
                    String sha256 = sha256(rs.getBytes("content"));
                    String recorded = rs.getString("sha256");
                    assertThat(recorded == null || recorded.equals(sha256)).as("evidence file %s", rs.getLong("id")).isTrue();
                    return rs.getLong("id") + " " + sha256;
                }));
        snapshot.put("attachments", db.query("select id, content, sha256 from hr_attachment order by id", (rs, n) -> {
            String sha256 = sha256(rs.getBytes("content"));
            assertThat(sha256).isEqualTo(rs.getString("sha256"));
            return rs.getLong("id") + " " + sha256;
        }));
        snapshot.put("audit entries", db.queryForList("select * from audit_entry order by id"));
        snapshot.put("audit chain head", db.queryForList("select * from audit_chain_head"));
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : db.queryForList("select table_name from information_schema.tables where table_schema = 'public'"
                + " and table_type = 'BASE TABLE' order by table_name", String.class)) {
            counts.put(table, db.queryForObject("select count(*) from " + table, Long.class));
        }
        snapshot.put("row counts", counts);
        return snapshot;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
