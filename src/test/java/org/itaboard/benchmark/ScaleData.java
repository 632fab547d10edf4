package org.itaboard.benchmark;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generated offices for the scale benchmark, written with set-based SQL on PostgreSQL (seconds for all of it):
 * per office 10 divisions and fiscal years {@link #FIRST_YEAR}–{@link #LAST_YEAR}; per year the 10 standard
 * indicators (four OIT sub-indicators), 100 scored items, the printed ITA and tool scores, and
 * {@value #MEASURES} measures with one or two linked items, a lead division, a supporting division for every
 * other one and two progress reports for every third. Office {@code n} has the code {@code office-NN}; its
 * executive signs in as {@code director.office-NN}.
 */
final class ScaleData {

    static final int FIRST_YEAR = 2561;
    static final int LAST_YEAR = 2570;
    static final int ITEMS = 100;
    static final int MEASURES = 200;

    /** The offices {@code first}–{@code last} of this run (a CTE every statement below starts from). */
    private static final String OFFICES = """
            with o as (select id, cast(substring(code from 8) as integer) as n from office
                       where code like 'office-%%' and cast(substring(code from 8) as integer) between %d and %d)
            """;

    private final JdbcTemplate jdbc;

    ScaleData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static String code(int office) {
        return "office-%02d".formatted(office);
    }

    static String executive(int office) {
        return "director." + code(office);
    }

    /** Removes the empty office migration V6 creates (with its divisions) on a database without demo data. */
    void removeEmptyOffices() {
        jdbc.update("delete from division where office_id not in (select office_id from fiscal_year)");
        jdbc.update("delete from office where id not in (select office_id from fiscal_year)"
                + " and id not in (select office_id from app_user where office_id is not null)");
    }

    /** The BMA's analyst, who belongs to no office. */
    void analyst(String username) {
        user(username, null, "BMA_ANALYST");
    }

    /** Offices {@code first}–{@code last} with everything they own, and an executive for each. */
    void offices(int first, int last) {
        jdbc.update("""
                insert into office (code, name_th, name_en)
                select 'office-' || lpad(n::text, 2, '0'), 'สำนักงานเขตทดสอบ ' || n, 'Test District Office ' || n
                from generate_series(?, ?) n""", first, last);
        String o = OFFICES.formatted(first, last);
        jdbc.update(o + """
                insert into division (office_id, code, name_th, name_en, sort_order)
                select o.id, 'D' || d, 'ฝ่าย ' || d, 'Division ' || d, d from o cross join generate_series(1, 10) d""");
        jdbc.update(o + """
                insert into fiscal_year (office_id, be_year, source_label, grade_scheme)
                select o.id, be, 'Generated', 'SEVEN_GRADES' from o cross join generate_series(?, ?) be""",
                FIRST_YEAR, LAST_YEAR);
        String years = o + ", y as (select f.id, f.be_year, o.n from fiscal_year f join o on f.office_id = o.id)\n";
        jdbc.update(years + """
                insert into indicator (fiscal_year_id, tool, number, name_th, name_en)
                select y.id, case when i <= 5 then 'IIT' when i <= 8 then 'EIT' else 'OIT' end, i,
                       'ตัวชี้วัดที่ ' || i, 'Indicator ' || i
                from y cross join generate_series(1, 10) i""");
        jdbc.update(years + """
                insert into sub_indicator (indicator_id, code, name_th, name_en)
                select ind.id, ind.number || '.' || s, 'ตัวชี้วัดย่อย ' || ind.number || '.' || s, 'Sub-indicator '
                       || ind.number || '.' || s
                from indicator ind join y on ind.fiscal_year_id = y.id cross join generate_series(1, 2) s
                where ind.number >= 9""");
        // Items 1-50 are IIT (I1-I50), 51-80 EIT (E1-E30), 81-100 OIT (O1-O20), ten to an indicator; scores 75-99.99.
        jdbc.update(years + """
                insert into item (fiscal_year_id, code, tool, indicator_id, sub_indicator_id, topic_th, topic_en,
                                  sort_order, score)
                select y.id,
                       case when k <= 50 then 'I' || k when k <= 80 then 'E' || (k - 50) else 'O' || (k - 80) end,
                       ind.tool, ind.id, sub.id, 'ประเด็นการประเมินที่ ' || k, 'Item ' || k, k,
                       75 + ((y.n * 7919 + y.be_year * 104729 + k * 131) %% 2500) / 100.0
                from y cross join generate_series(1, %d) k
                join indicator ind on ind.fiscal_year_id = y.id and ind.number = (k - 1) / 10 + 1
                left join sub_indicator sub on sub.indicator_id = ind.id
                     and sub.code = ind.number || '.' || ((k - 1) %% 10 / 5 + 1)""".formatted(ITEMS));
        jdbc.update(years + """
                insert into published_score (fiscal_year_id, code, score)
                select y.id, c, 80 + ((y.n * 31 + y.be_year + length(c) * 7) % 2000) / 100.0
                from y cross join unnest(array['ITA', 'IIT', 'EIT', 'OIT']) c""");
        // Measures run through their fiscal year (1 October to 30 September); statuses, frequencies and the last
        // report vary, so some are late on the tests' fixed day (1 December 2026, FY 2570).
        jdbc.update(years + """
                insert into measure (fiscal_year_id, title, activity, lead_division_id, frequency, start_date, due_date,
                                     budget_kind, status, progress, last_update_on)
                select y.id, 'มาตรการที่ ' || k, 'กิจกรรมของมาตรการที่ ' || k, d.id,
                       (array['MONTHLY', 'QUARTERLY', 'SEMI_ANNUAL'])[k %% 3 + 1],
                       make_date(y.be_year - 544, 10, 1), make_date(y.be_year - 543, 9, 30), 'UNKNOWN',
                       (array['DRAFT', 'DRAFT', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'DONE', 'VERIFIED', 'VERIFIED',
                              'CANCELLED'])[k %% 10 + 1],
                       k * 7 %% 101,
                       case when k %% 2 = 0 then make_date(y.be_year - 544, 10, 1) + k %% 60 end
                from y cross join generate_series(1, %d) k
                join o on o.n = y.n
                join division d on d.office_id = o.id and d.sort_order = k %% 10 + 1""".formatted(MEASURES));
        String measures = years + """
                , m as (select m.id, m.fiscal_year_id, m.lead_division_id,
                               row_number() over (partition by m.fiscal_year_id order by m.id) as k
                        from measure m join y on m.fiscal_year_id = y.id)
                """;
        jdbc.update(measures + """
                insert into measure_item (measure_id, item_id)
                select distinct m.id, i.id from m join item i on i.fiscal_year_id = m.fiscal_year_id
                 and (i.sort_order = m.k * 7 % 100 + 1 or (m.k % 2 = 0 and i.sort_order = m.k * 13 % 100 + 1))""");
        jdbc.update(measures + """
                insert into measure_support (measure_id, division_id)
                select m.id, d.id from m join division lead on lead.id = m.lead_division_id
                join division d on d.office_id = lead.office_id and d.sort_order = (m.k + 3) % 10 + 1
                where m.k % 2 = 1""");
        jdbc.update(measures + """
                insert into progress_update (measure_id, reported_on, division_id, text, progress, author)
                select m.id, make_date(y.be_year - 544, 10, 1) + r * 20, m.lead_division_id,
                       'รายงานความก้าวหน้าครั้งที่ ' || r, r * 30, 'generated'
                from m join y on y.id = m.fiscal_year_id cross join generate_series(1, 2) r
                where m.k % 3 = 0""");
        for (int n = first; n <= last; n++) {
            user(executive(n), code(n), "EXECUTIVE");
        }
        jdbc.execute("vacuum analyze");
    }

    /** Removes offices {@code first}–{@code last} with everything they own again. */
    void removeOffices(int first, int last) {
        String o = OFFICES.formatted(first, last);
        jdbc.update(o + "delete from measure where fiscal_year_id in (select id from fiscal_year"
                + " where office_id in (select id from o))");
        jdbc.update(o + "delete from fiscal_year where office_id in (select id from o)");
        jdbc.update(o + "delete from app_user where office_id in (select id from o)");
        jdbc.update(o + "delete from division where office_id in (select id from o)");
        jdbc.update(o + "delete from office where id in (select id from o)");
        jdbc.execute("vacuum analyze");
    }

    private void user(String username, String officeCode, String role) {
        jdbc.update("""
                insert into app_user (username, full_name, password_hash, office_id)
                values (?, ?, 'not-a-password', (select id from office where code = ?))""", username, username,
                officeCode);
        jdbc.update("insert into app_user_role (user_id, role) select id, ? from app_user where username = ?", role,
                username);
    }
}
