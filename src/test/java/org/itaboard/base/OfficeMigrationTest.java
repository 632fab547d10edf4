package org.itaboard.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.itaboard.offices.service.PerOfficeUniqueness;
import org.itaboard.test.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Issue 7: an existing single-office database moves, losing nothing, into one office named by the Flyway
 * placeholders (ITABOARD_OFFICE_CODE / _NAME / _NAME_EN). A database of its own is migrated to V5, filled
 * through plain SQL as the application fills it (two fiscal years, Thai text, files), read row by row,
 * migrated to the latest version and read again: every table that existed at V5 keeps every row with the
 * same value in every column it had. Run on PostgreSQL (production) and on H2 (the one-command start,
 * whose file database survives upgrades too).
 */
class OfficeMigrationTest {

    private static final String DATABASE = "office_migration";
    private static final String OFFICE_CODE = "wangthonglang";
    private static final String OFFICE_NAME = "สำนักงานเขตวังทองหลาง";
    private static final String OFFICE_NAME_EN = "Wang Thonglang District Office";

    /** Every table V1–V5 create; the catalogue must list exactly these, so none is left out of the comparison. */
    private static final List<String> V5_TABLES = List.of("answer_distribution", "app_user", "app_user_role",
            "audit_entry", "division", "division_assignment", "evidence", "evidence_file", "fiscal_year", "indicator",
            "item", "measure", "measure_item", "measure_support", "progress_update", "published_score", "sign_off",
            "sub_indicator");

    private static final String PASSWORD_HASH = "{bcrypt}$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z6xMx1Q9N2Zf7bWn3d0q2vLu";

    @Test
    void postgresDatabaseMovesIntoOneOfficeLosingNothing() {
        JdbcTemplate server = new JdbcTemplate(new DriverManagerDataSource(EmbeddedPostgres.jdbcUrl(), "postgres", "postgres"));
        server.execute("drop database if exists " + DATABASE + " with (force)");
        server.execute("create database " + DATABASE);
        try {
            migrateFilledSingleOfficeDatabase(
                    new DriverManagerDataSource(EmbeddedPostgres.jdbcUrl(DATABASE), "postgres", "postgres"));
        } finally {
            server.execute("drop database " + DATABASE + " with (force)");
        }
    }

    @Test
    void h2DatabaseMovesIntoOneOfficeLosingNothing() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + DATABASE
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        try {
            migrateFilledSingleOfficeDatabase(h2);
        } finally {
            new JdbcTemplate(h2).execute("shutdown");
        }
    }

    private static void migrateFilledSingleOfficeDatabase(DataSource database) {
        MigrateResult toV5 = flyway(database).target("5").load().migrate();
        assertThat(toV5.targetSchemaVersion).isEqualTo("5");
        JdbcTemplate jdbc = new JdbcTemplate(database);
        new SingleOfficeData(jdbc).fill();

        Map<String, List<String>> columns = columnsByTable(jdbc);
        assertThat(columns.keySet()).containsExactlyInAnyOrderElementsOf(V5_TABLES);
        Map<String, List<Map<String, Object>>> before = snapshot(jdbc, columns);
        before.forEach((table, rows) -> assertThat(rows).as("rows of %s before the migration", table).isNotEmpty());

        Flyway latest = flyway(database).load();
        latest.migrate();
        assertThat(latest.info().pending()).isEmpty();

        Map<String, List<Map<String, Object>>> after = snapshot(jdbc, columns);
        for (String table : V5_TABLES) {
            assertThat(after.get(table)).as("rows of %s after the migration", table)
                    .containsExactlyElementsOf(before.get(table));
        }

        Map<String, Object> office = jdbc.queryForMap("select * from office");
        assertThat(office).containsEntry("code", OFFICE_CODE).containsEntry("name_th", OFFICE_NAME)
                .containsEntry("name_en", OFFICE_NAME_EN);
        long officeId = ((Number) office.get("id")).longValue();
        for (String table : List.of("division", "fiscal_year", "app_user")) {
            assertThat(jdbc.queryForList("select office_id from " + table, Long.class)).as("office of every %s", table)
                    .hasSize(before.get(table).size()).containsOnly(officeId);
        }

        // V7: division codes and fiscal years are unique per office, no longer in the whole database.
        jdbc.update("insert into office (code, name_th, name_en) values ('nongchok', 'สำนักงานเขตหนองจอก',"
                + " 'Nong Chok District Office')");
        long nongChok = jdbc.queryForObject("select id from office where code = 'nongchok'", Long.class);
        jdbc.update("insert into division (code, name_th, name_en, office_id) values ('ADMIN', 'ฝ่ายปกครอง',"
                + " 'Administration', ?)", nongChok);
        jdbc.update("insert into fiscal_year (be_year, office_id) values (2568, ?)", nongChok);
        for (long officeOfSecond : List.of(officeId, nongChok)) {
            assertThatThrownBy(() -> jdbc.update("insert into division (code, name_th, name_en, office_id) values"
                    + " ('ADMIN', 'ฝ่ายปกครองซ้ำ', 'Administration twice', ?)", officeOfSecond))
                    .isInstanceOf(DataIntegrityViolationException.class);
            assertThatThrownBy(() -> jdbc.update("insert into fiscal_year (be_year, office_id) values (2568, ?)",
                    officeOfSecond)).isInstanceOf(DataIntegrityViolationException.class);
        }
    }

    private static FluentConfiguration flyway(DataSource database) {
        return Flyway.configure().dataSource(database).locations("classpath:db/migration")
                .placeholders(Map.of("office_code", OFFICE_CODE, "office_name", OFFICE_NAME,
                        "office_name_en", OFFICE_NAME_EN))
                .javaMigrations(new PerOfficeUniqueness());
    }

    /** The application's tables (not Flyway's) and their columns, as the database's catalogue lists them. */
    private static Map<String, List<String>> columnsByTable(JdbcTemplate jdbc) {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        jdbc.query("select c.table_name, c.column_name from information_schema.columns c"
                + " join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name"
                + " where c.table_schema = current_schema and t.table_type = 'BASE TABLE'"
                + " and c.table_name <> 'flyway_schema_history' order by c.table_name, c.ordinal_position",
                (ResultSet row) -> {
                    columns.computeIfAbsent(row.getString(1), t -> new ArrayList<>()).add(row.getString(2));
                });
        return columns;
    }

    /** Every row of every table, the given columns only, ordered by the primary key; bytes as hex. */
    private static Map<String, List<Map<String, Object>>> snapshot(JdbcTemplate jdbc, Map<String, List<String>> columns) {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        columns.forEach((table, names) -> {
            List<String> key = jdbc.queryForList("select k.column_name from information_schema.table_constraints tc"
                    + " join information_schema.key_column_usage k on k.constraint_name = tc.constraint_name"
                    + " and k.table_schema = tc.table_schema and k.table_name = tc.table_name"
                    + " where tc.constraint_type = 'PRIMARY KEY' and tc.table_schema = current_schema"
                    + " and tc.table_name = ? order by k.ordinal_position", String.class, table);
            assertThat(key).as("primary key of %s", table).isNotEmpty();
            rows.put(table, jdbc.query("select " + String.join(", ", names) + " from " + table + " order by "
                    + String.join(", ", key), (row, n) -> {
                        ResultSetMetaData meta = row.getMetaData();
                        Map<String, Object> values = new LinkedHashMap<>();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            Object value = row.getObject(i);
                            values.put(meta.getColumnLabel(i).toLowerCase(),
                                    value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : value);
                        }
                        return values;
                    }));
        });
        return rows;
    }

    /**
     * What a district office's database holds after two years of use, written with plain SQL against the V5
     * schema: users with roles and posts, the ten standard divisions plus a closed one, fiscal years 2567 (scored,
     * measures signed off) and 2568 (in progress), their catalogues, scores, answer shares, measures with progress,
     * evidence and sign-offs, and the history of it all.
     */
    private static final class SingleOfficeData {

        private static final OffsetDateTime T0 = OffsetDateTime.parse("2024-10-01T09:15:00+07:00");

        private final JdbcTemplate jdbc;

        SingleOfficeData(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        void fill() {
            jdbc.update("update division set modified_by = 'coordinator', modified_at = ?, sort_order = 11"
                    + " where code = 'EDUCATION'", T0.plusDays(3));
            long closed = insert("insert into division (code, name_th, name_en, active, sort_order, created_by,"
                    + " created_at) values ('IT_CENTRE', 'ศูนย์เทคโนโลยีสารสนเทศ', 'IT Centre', false, 12, 'coordinator', ?)",
                    T0.minusYears(1));
            long works = division("PUBLIC_WORKS");
            long finance = division("FINANCE");
            long cleansing = division("CLEANSING");
            long community = division("COMMUNITY");

            user("director", "นายสมชาย ใจดี", "ผู้อำนวยการเขตวังทองหลาง", "director@bangkok.go.th", true, "th", 0, null,
                    "EXECUTIVE");
            user("coordinator", "นางสาวพิมพ์ชนก ศรีสุข", "นักจัดการงานทั่วไปชำนาญการ", "itaboard.wtl@bangkok.go.th",
                    true, "th", 0, null, "COORDINATOR", "ADMIN");
            long headWorks = user("head.works", "นายวีระพงษ์ มั่นคง", "หัวหน้าฝ่ายโยธา", null, true, "th", 2, null,
                    "DIVISION_HEAD");
            long headFinance = user("head.finance", "Mrs. Kanokwan Thongdee", "Head of Finance", "kanokwan.t@bangkok.go.th",
                    true, "en", 5, T0.plusMonths(2), "DIVISION_HEAD");
            user("hr", "นางรัตนา พูนผล", "เจ้าพนักงานธุรการ", null, true, "th", 0, null, "HR_OFFICER", "ADMIN");
            long former = user("former.head", "นายประเสริฐ เกษียณ", null, null, false, "th", 0, null, "DIVISION_HEAD");
            assignment(headWorks, finance, LocalDate.parse("2022-10-01"), LocalDate.parse("2024-09-30"));
            assignment(headWorks, works, LocalDate.parse("2024-10-01"), null);
            assignment(headFinance, finance, LocalDate.parse("2024-10-01"), null);
            assignment(former, cleansing, LocalDate.parse("2020-10-01"), LocalDate.parse("2024-09-30"));
            assignment(former, closed, LocalDate.parse("2019-01-15"), LocalDate.parse("2020-09-30"));

            long fy2567 = insert("insert into fiscal_year (be_year, source_label, weight_iit, weight_eit, weight_oit,"
                    + " tool_aggregation, grade_scheme, weak_threshold, lowest_n, respondents_iit, respondents_eit,"
                    + " created_by, created_at, modified_by, modified_at) values (2567,"
                    + " 'รายงานผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2567 (สำนักงาน ป.ป.ช.)', 30, 30, 40, 'MEAN_OF_ITEMS',"
                    + " 'SEVEN_GRADES', 85, 5, 57, 421, 'coordinator', ?, 'coordinator', ?)",
                    T0.minusYears(1), T0.minusMonths(1));
            long fy2568 = insert("insert into fiscal_year (be_year, weak_threshold, lowest_n, created_by, created_at)"
                    + " values (2568, 90.50, 7, 'coordinator', ?)", T0);
            Map<String, Long> items2567 = catalogue(fy2567, new BigDecimal("0.00"));
            Map<String, Long> items2568 = catalogue(fy2568, new BigDecimal("2.35"));
            jdbc.update("update item set score = null where id = ?", items2568.get("O3"));
            published(fy2567, "ITA", "91.37", "IIT", "95.12", "EIT", "88.40", "OIT", "90.63", "IND1", "96.25",
                    "IND6", "88.40", "IND9", "93.75", "SUB9.1", "100.00");
            published(fy2568, "ITA", "93.01", "IIT", "96.00");

            long repairs = measure(fy2567, "ปรับปรุงการเปิดเผยข้อมูลงบประมาณบนเว็บไซต์สำนักงานเขต", works, "VERIFIED", 100,
                    true, "AMOUNT", new BigDecimal("45000.00"), "GE", new BigDecimal("100.00"), "ร้อยละของรายการที่เผยแพร่");
            long signboard = measure(fy2568, "ติดป้ายประกาศขั้นตอนและระยะเวลาการขออนุญาตก่อสร้าง", works, "ACTIVE", 40,
                    false, "NONE", null, "LE", new BigDecimal("15.00"), "วันทำการ");
            long cancelled = measure(fy2568, "Survey of citizens' trust (English title)", null, "CANCELLED", 0, false,
                    "UNKNOWN", null, null, null, null);
            jdbc.update("update measure set cancel_reason = 'สำนักงานเขตดำเนินการซ้ำกับโครงการของกรุงเทพมหานคร'"
                    + " where id = ?", cancelled);
            jdbc.update("insert into measure_item (measure_id, item_id) values (?, ?), (?, ?), (?, ?), (?, ?)",
                    repairs, items2567.get("O1"), repairs, items2567.get("O2"), signboard, items2568.get("I1"),
                    signboard, items2568.get("E1"));
            jdbc.update("insert into measure_support (measure_id, division_id) values (?, ?), (?, ?), (?, ?)",
                    repairs, finance, repairs, community, signboard, cleansing);

            long pdf = insert("insert into evidence_file (content) values (?)",
                    "%PDF-1.7\nรายงานงบประมาณ 2567\n%%EOF".getBytes(StandardCharsets.UTF_8));
            long photo = insert("insert into evidence_file (content) values (?)",
                    new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0});
            long thumbnail = insert("insert into evidence_file (content) values (?)",
                    new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0});
            long report = insert("insert into evidence (measure_id, kind, title, file_id, original_name, content_type,"
                    + " size_bytes, sha256, published_on, expires_on, added_by, verified_by, verified_at, created_by,"
                    + " created_at) values (?, 'FILE', 'รายงานการใช้จ่ายงบประมาณ ไตรมาส 4', ?, 'งบประมาณ-Q4.pdf',"
                    + " 'application/pdf', 48213, 'b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9', ?,"
                    + " ?, 'head.works', 'coordinator', ?, 'head.works', ?)", repairs, pdf, LocalDate.parse("2024-07-15"),
                    LocalDate.parse("2025-09-30"), T0.minusMonths(2), T0.minusMonths(3));
            insert("insert into evidence (measure_id, kind, title, file_id, thumbnail_id, original_name, content_type,"
                    + " size_bytes, added_by, created_by, created_at) values (?, 'PHOTO', 'ภาพหน้าเว็บไซต์หลังปรับปรุง', ?, ?,"
                    + " 'IMG_2041.jpg', 'image/jpeg', 11, 'head.works', 'head.works', ?)", repairs, photo, thumbnail,
                    T0.minusMonths(3));
            long link = insert("insert into evidence (measure_id, kind, title, url, added_by, created_by, created_at)"
                    + " values (?, 'LINK', 'ประกาศบนเว็บไซต์', 'https://webportal.bangkok.go.th/wangthonglang/page/sub/1234',"
                    + " 'head.works', 'head.works', ?)", signboard, T0.plusMonths(1));
            progress(repairs, "2024-04-30", works, "จัดทำแบบฟอร์มรายการข้อมูลที่ต้องเผยแพร่แล้ว", 30, null);
            progress(repairs, "2024-07-31", finance, "เผยแพร่รายงานงบประมาณครบทุกไตรมาส", 100, report);
            progress(signboard, "2024-11-05", null, "Signboards ordered; installation next month.", 40, link);
            signOff(repairs, "director", "APPROVED", "เห็นชอบ ขอบคุณทุกฝ่าย", "status=VERIFIED\nprogress=100\n");
            signOff(signboard, "director", "RETURNED", "ขอให้แนบภาพถ่ายป้ายที่ติดตั้งแล้ว", null);

            audit("Division", closed, "created", "coordinator", "code\t\\0\tIT_CENTRE\nactive\t\\0\ttrue\n");
            audit("FiscalYear", fy2567, "scoresImported", "coordinator", "items\t0\t6\npublished\t0\t8\n");
            audit("Measure", repairs, "signedOff", "director", "status\tDONE\tVERIFIED\nnote\t\\0\tเห็นชอบ\\tขอบคุณ\n");
            audit("Measure", signboard, "progressAdded", "head.works", "progress\t0\t40\n");
            audit("AppUser", headFinance, "locked", "head.finance", null);
        }

        private long division(String code) {
            return jdbc.queryForObject("select id from division where code = ?", Long.class, code);
        }

        private long user(String username, String fullName, String position, String email, boolean enabled,
                String language, int failedLogins, OffsetDateTime lockedUntil, String... roles) {
            long id = insert("insert into app_user (username, full_name, position_title, email, password_hash, enabled,"
                    + " preferred_language, failed_logins, locked_until, last_failed_login, created_by, created_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'hr', ?)", username, fullName, position, email,
                    PASSWORD_HASH, enabled, language, failedLogins, lockedUntil,
                    failedLogins == 0 ? null : T0.plusDays(failedLogins), T0.minusYears(2));
            for (String role : roles) {
                jdbc.update("insert into app_user_role (user_id, role) values (?, ?)", id, role);
            }
            return id;
        }

        private void assignment(long user, long division, LocalDate start, LocalDate end) {
            insert("insert into division_assignment (user_id, division_id, start_date, end_date, created_by, created_at,"
                    + " modified_by, modified_at) values (?, ?, ?, ?, 'hr', ?, ?, ?)", user, division, start, end,
                    T0.minusYears(2), end == null ? null : "hr", end == null ? null : T0.minusDays(1));
        }

        /**
         * Indicators 1 (IIT), 6 (EIT), 9 and 10 (OIT, with sub-indicators), six items with scores and answer shares
         * for the survey items; {@code shift} moves the scores so the two years differ. Item codes → ids.
         */
        private Map<String, Long> catalogue(long year, BigDecimal shift) {
            long ind1 = indicator(year, "IIT", 1, "การปฏิบัติหน้าที่", "Performance of duties");
            long ind6 = indicator(year, "EIT", 6, "คุณภาพการดำเนินงาน", "Quality of operations");
            long ind9 = indicator(year, "OIT", 9, "การเปิดเผยข้อมูล", "Information disclosure");
            long ind10 = indicator(year, "OIT", 10, "การป้องกันการทุจริต", null);
            long sub91 = subIndicator(ind9, "9.1", "ข้อมูลพื้นฐาน", "Basic information");
            long sub92 = subIndicator(ind9, "9.2", "การบริหารงาน", "Administration");
            long sub101 = subIndicator(ind10, "10.1", "การดำเนินการเพื่อป้องกันการทุจริต", null);
            Map<String, Long> items = new LinkedHashMap<>();
            items.put("I1", item(year, "I1", "IIT", ind1, null, null, "บุคลากรในหน่วยงานของท่าน ปฏิบัติงานตามมาตรฐาน"
                    + " ขั้นตอน และระยะเวลาที่กำหนด มากน้อยเพียงใด", null, 1, "94.17", shift));
            items.put("I2", item(year, "I2", "IIT", ind1, null, null, "บุคลากรในหน่วยงานของท่าน ปฏิบัติงานอย่างเท่าเทียมกัน",
                    "Staff treat everyone equally", 2, "96.08", shift));
            items.put("E1", item(year, "E1", "EIT", ind6, null, null, "เจ้าหน้าที่ของหน่วยงานที่ท่านติดต่อ ปฏิบัติงาน/ให้บริการ"
                    + " แก่ท่าน ตามขั้นตอนและระยะเวลาที่กำหนด", "Staff follow procedures and deadlines", 3, "88.40", shift));
            items.put("O1", item(year, "O1", "OIT", ind9, sub91, "9.1.1", "โครงสร้าง", "Structure", 4, "100.00", BigDecimal.ZERO));
            items.put("O2", item(year, "O2", "OIT", ind9, sub92, null, "ข้อมูลผู้บริหาร", "Executives", 5, "87.50", shift));
            items.put("O3", item(year, "O3", "OIT", ind10, sub101, null, "เจตจำนงสุจริตของผู้บริหาร", null, 6, "0.00",
                    BigDecimal.ZERO));
            distribution(items.get("I1"), 1, "ท่านปฏิบัติงานตามขั้นตอนที่กำหนด", "SCALE4", "1.25", "4.80", "33.10", "60.85", "84.55");
            distribution(items.get("I1"), 2, "ท่านปฏิบัติงานตามระยะเวลาที่กำหนด", "SCALE4", "0.00", "3.90", "30.00", "66.10", "87.40");
            distribution(items.get("E1"), 1, "มีการแจ้งขั้นตอนการให้บริการอย่างชัดเจน", "YES_NO_YES_GOOD", "7.20", "92.80",
                    null, null, "92.80");
            distribution(items.get("E1"), 2, "มีการเรียกรับเงินหรือสิ่งของ", "YES_NO_NO_GOOD", "1.00", "99.00", null, null,
                    "99.00");
            return items;
        }

        private long indicator(long year, String tool, int number, String nameTh, String nameEn) {
            return insert("insert into indicator (fiscal_year_id, tool, number, name_th, name_en, created_by, created_at)"
                    + " values (?, ?, ?, ?, ?, 'coordinator', ?)", year, tool, number, nameTh, nameEn, T0.minusDays(number));
        }

        private long subIndicator(long indicator, String code, String nameTh, String nameEn) {
            return insert("insert into sub_indicator (indicator_id, code, name_th, name_en, modified_by, modified_at)"
                    + " values (?, ?, ?, ?, 'coordinator', ?)", indicator, code, nameTh, nameEn, T0);
        }

        private long item(long year, String code, String tool, long indicator, Long sub, String thirdLevel,
                String topicTh, String topicEn, int sortOrder, String score, BigDecimal shift) {
            return insert("insert into item (version, fiscal_year_id, code, tool, indicator_id, sub_indicator_id,"
                    + " third_level, topic_th, topic_en, sort_order, score, created_by, created_at) values"
                    + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'coordinator', ?)", sortOrder % 3, year, code, tool, indicator,
                    sub, thirdLevel, topicTh, topicEn, sortOrder, new BigDecimal(score).add(shift), T0.plusHours(sortOrder));
        }

        private void distribution(long item, int subNo, String subtopic, String type, String p1, String p2, String p3,
                String p4, String score) {
            insert("insert into answer_distribution (item_id, sub_no, subtopic_th, response_type, p1, p2, p3, p4, score,"
                    + " created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'coordinator', ?)", item, subNo,
                    subtopic, type, decimal(p1), decimal(p2), decimal(p3), decimal(p4), decimal(score), T0);
        }

        private void published(long year, String... codesAndScores) {
            for (int i = 0; i < codesAndScores.length; i += 2) {
                insert("insert into published_score (fiscal_year_id, code, score, created_by, created_at)"
                        + " values (?, ?, ?, 'coordinator', ?)", year, codesAndScores[i], decimal(codesAndScores[i + 1]), T0);
            }
        }

        private long measure(long year, String title, Long lead, String status, int progress, boolean frozen,
                String budgetKind, BigDecimal budget, String comparator, BigDecimal target, String unit) {
            return insert("insert into measure (version, fiscal_year_id, title, weakness, activity, expected_output,"
                    + " channels, lead_division_id, owner_name, monitor, frequency, start_date, due_date, budget_kind,"
                    + " budget_amount, kpi_comparator, kpi_target, kpi_unit, status, progress, last_update_on, result,"
                    + " problems, recommendations, frozen, created_by, created_at, modified_by, modified_at) values"
                    + " (?, ?, ?, 'ประชาชนไม่ทราบขั้นตอนและระยะเวลา', 'จัดทำและเผยแพร่ข้อมูล', 'ข้อมูลครบถ้วน เป็นปัจจุบัน',"
                    + " 'เว็บไซต์, Facebook สำนักงานเขต', ?, 'นายวีระพงษ์ มั่นคง', 'ฝ่ายปกครอง', 'QUARTERLY', ?, ?, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?, ?, ?, ?, ?, 'coordinator', ?, 'head.works', ?)", progress / 10, year, title, lead,
                    LocalDate.parse("2024-01-15"), LocalDate.parse("2024-09-30"), budgetKind, budget, comparator,
                    target, unit, status, progress, progress == 0 ? null : LocalDate.parse("2024-07-31"),
                    frozen ? "เผยแพร่ครบ 12 รายการ" : null, frozen ? "ข้อมูลบางส่วนล่าช้า" : null,
                    frozen ? "ควรกำหนดผู้รับผิดชอบรายเดือน" : null, frozen, T0.minusMonths(9), T0.minusMonths(1));
        }

        private void progress(long measure, String reportedOn, Long division, String text, int progress, Long evidence) {
            insert("insert into progress_update (measure_id, reported_on, division_id, text, progress, author,"
                    + " evidence_id, created_by, created_at) values (?, ?, ?, ?, ?, 'head.works', ?, 'head.works', ?)",
                    measure, LocalDate.parse(reportedOn), division, text, progress, evidence,
                    LocalDate.parse(reportedOn).atTime(16, 30).atOffset(T0.getOffset()));
        }

        private void signOff(long measure, String by, String decision, String note, String snapshot) {
            insert("insert into sign_off (measure_id, decided_by, decided_at, decision, note, snapshot, created_by,"
                    + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?)", measure, by, T0.minusDays(5), decision, note,
                    snapshot, by, T0.minusDays(5));
        }

        private void audit(String entity, long id, String action, String username, String changes) {
            insert("insert into audit_entry (entity_type, entity_id, action, username, occurred_at, changes)"
                    + " values (?, ?, ?, ?, ?, ?)", entity, id, action, username, T0.plusMinutes(id), changes);
        }

        private static BigDecimal decimal(String value) {
            return value == null ? null : new BigDecimal(value);
        }

        /** Runs an insert and answers the id the database generated. */
        private long insert(String sql, Object... args) {
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.update(connection -> {
                PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"});
                new ArgumentPreparedStatementSetter(args).setValues(statement);
                return statement;
            }, key);
            return key.getKeyAs(Long.class);
        }
    }
}
