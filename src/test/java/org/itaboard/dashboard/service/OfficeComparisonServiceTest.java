package org.itaboard.dashboard.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.itaboard.dashboard.service.OfficeRow.Results;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.Grade;
import org.itaboard.fiscalyear.domain.Tool;
import org.itaboard.fiscalyear.service.FiscalYearService;
import org.itaboard.measures.service.MeasureQuery;
import org.itaboard.measures.service.MeasureService;
import org.itaboard.measures.service.WeakItemMeasures;
import org.itaboard.offices.service.OfficeService;
import org.itaboard.scoring.service.ScoreService;
import org.itaboard.security.domain.AppUserRepository;
import org.itaboard.test.PostgresTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The BMA overview's figures on the demo offices (Wang Thonglang: FY 2565 report, later years copied without
 * scores; Nong Chok: FY 2567 results; Khan Na Yao: FY 2567 items without printed totals), checked against what the
 * office's own pages show, and refused to everyone but the BMA's analysts and the system administrator.
 */
class OfficeComparisonServiceTest extends PostgresTest {

    private static final String WANG_THONGLANG = "wangthonglang";
    private static final String NONG_CHOK = "nongchok";
    private static final String KHAN_NA_YAO = "khannayao";

    @Autowired
    private OfficeComparisonService service;

    @Autowired
    private OfficeService offices;

    @Autowired
    private FiscalYearService years;

    @Autowired
    private ScoreService scores;

    @Autowired
    private MeasureService measures;

    @Autowired
    private AppUserRepository users;

    /** Signs in (security context only) as a demo user with the roles stored in the database. */
    private void signIn(String username) {
        var user = users.findByUsername(username).orElseThrow();
        var authorities = user.getRoles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, null,
                authorities));
    }

    private static Map<String, OfficeRow> byCode(List<OfficeRow> rows) {
        return rows.stream().collect(Collectors.toMap(r -> r.office().getCode(), Function.identity()));
    }

    @Test
    void everyOfficeOf2567WithItsResults() {
        signIn("bma");
        List<OfficeRow> rows = service.rows(2567);
        assertThat(rows).extracting(r -> r.office().getCode()).contains(WANG_THONGLANG, NONG_CHOK, KHAN_NA_YAO);
        assertThat(rows).extracting(OfficeRow::office).containsExactlyElementsOf(offices.visible());
        assertThat(rows).allMatch(r -> r.beYear() == 2567);
        Map<String, OfficeRow> row = byCode(rows);

        OfficeRow nongChok = row.get(NONG_CHOK);
        assertThat(nongChok.results()).isEqualTo(Results.SCORED);
        assertThat(nongChok.ita()).isEqualByComparingTo("98.02");
        assertThat(nongChok.grade()).isEqualTo(Grade.GOOD);
        assertThat(nongChok.tool(Tool.IIT)).isEqualByComparingTo("98.82");
        assertThat(nongChok.tool(Tool.EIT)).isEqualByComparingTo("94.57");
        assertThat(nongChok.tool(Tool.OIT)).isEqualByComparingTo("100");
        assertThat(nongChok.weakItems()).isPositive();

        OfficeRow khanNaYao = row.get(KHAN_NA_YAO);
        assertThat(khanNaYao.results()).isEqualTo(Results.PARTLY_SCORED);
        assertThat(khanNaYao.ita()).isNull();
        assertThat(khanNaYao.grade()).isNull();
        assertThat(khanNaYao.tool(Tool.IIT)).isNotNull();
        assertThat(khanNaYao.tool(Tool.EIT)).isNotNull();
        assertThat(khanNaYao.tool(Tool.OIT)).isNull();
        assertThat(khanNaYao.weakItems()).isPositive();

        OfficeRow wangThonglang = row.get(WANG_THONGLANG);
        assertThat(wangThonglang.results()).isEqualTo(Results.NOT_SCORED);
        assertThat(wangThonglang.ita()).isNull();
        assertThat(wangThonglang.grade()).isNull();
        assertThat(wangThonglang.tools().values()).containsOnlyNulls();
        assertThat(wangThonglang.weakItems()).isNull();
        assertThat(wangThonglang.weakItemsWithoutMeasure()).isNull();
        assertThat(wangThonglang.lateMeasures()).isNotNull();
    }

    @Test
    void theSameFiguresAsEachOfficesOwnPages() {
        signIn("bma");
        for (OfficeRow row : service.rows(2567)) {
            if (!row.hasYear()) {
                continue;
            }
            FiscalYear year = years.get(row.office(), 2567);
            var result = scores.scores(year).result();
            assertThat(row.ita()).as(row.office().getCode()).isEqualTo(result.ita().value());
            assertThat(row.grade()).as(row.office().getCode()).isEqualTo(result.ita().grade());
            for (Tool tool : Tool.values()) {
                assertThat(row.tool(tool)).as(row.office().getCode() + " " + tool).isEqualTo(result.tools().get(tool).value());
            }
            List<WeakItemMeasures> weak = measures.weakItems(year);
            if (row.hasResults()) {
                assertThat(row.weakItems()).as(row.office().getCode()).isEqualTo(weak.size());
                assertThat(row.weakItemsWithoutMeasure()).as(row.office().getCode())
                        .isEqualTo((int) weak.stream().filter(WeakItemMeasures::uncovered).count());
            }
            long late = measures.search(MeasureQuery.all(year)).stream().filter(m -> m.isLate(measures.today())).count();
            assertThat(row.lateMeasures()).as(row.office().getCode()).isEqualTo((int) late);
        }
    }

    @Test
    void anOfficeWithoutTheYearIsListedWithoutScores() {
        signIn("bma");
        Map<String, OfficeRow> row = byCode(service.rows(2565));
        assertThat(row.get(WANG_THONGLANG).results()).isEqualTo(Results.SCORED);
        assertThat(row.get(WANG_THONGLANG).ita()).isEqualByComparingTo("96.15");
        assertThat(row.get(WANG_THONGLANG).grade()).isEqualTo(Grade.AA);
        OfficeRow nongChok = row.get(NONG_CHOK);
        assertThat(nongChok.results()).isEqualTo(Results.NO_YEAR);
        assertThat(nongChok.hasYear()).isFalse();
        assertThat(nongChok.ita()).isNull();
        assertThat(nongChok.tools().values()).containsOnlyNulls();
        assertThat(nongChok.weakItems()).isNull();
        assertThat(nongChok.lateMeasures()).isNull();
    }

    @Test
    void yearsOfEveryOfficeNewestFirstAndTheLatestScoredOneByDefault() {
        signIn("bma");
        List<Integer> beYears = service.beYears();
        assertThat(beYears).contains(2565, 2566, 2567).isSortedAccordingTo((a, b) -> b - a).doesNotHaveDuplicates();
        assertThat(service.defaultBeYear()).contains(2567);
    }

    @Test
    void theSystemAdministratorComparesTooEvenWithoutAnOffice() {
        signIn("sysadmin");
        assertThat(service.rows(2567)).extracting(r -> r.office().getCode()).contains(NONG_CHOK, KHAN_NA_YAO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"director", "coordinator", "director.nongchok"})
    void officeUsersAreRefused(String username) {
        signIn(username);
        assertThatThrownBy(() -> service.rows(2567)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.beYears()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.defaultBeYear()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void spreadLeavesOfficesWithoutTheScoreOut() {
        ScoreSpread spread = ScoreSpread.of("IIT", Arrays.asList(new BigDecimal("90"), null, new BigDecimal("95.5")));
        assertThat(spread.offices()).isEqualTo(2);
        assertThat(spread.lowest()).isEqualByComparingTo("90");
        assertThat(spread.mean()).isEqualByComparingTo("92.75");
        assertThat(spread.highest()).isEqualByComparingTo("95.5");
        assertThat(ScoreSpread.of("OIT", Arrays.asList(null, null)).mean()).isNull();
    }
}
