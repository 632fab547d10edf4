package org.itaboard.scoring.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.itaboard.base.service.AuditService;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.Indicator;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.fiscalyear.domain.SubIndicator;
import org.itaboard.fiscalyear.service.FiscalYearService;
import org.itaboard.scoring.domain.AggregateScore;
import org.itaboard.fiscalyear.domain.Grade;
import org.itaboard.scoring.domain.Source;
import org.itaboard.fiscalyear.domain.Tool;
import org.itaboard.scoring.domain.WeakItem;
import org.itaboard.test.PostgresTest;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The demo years give the real reports' figures; score changes are checked, locked, audited. FY 2586 is this class's. */
class ScoreServiceTest extends PostgresTest {

    private static final int OWN_YEAR = 2586;

    @Autowired
    ScoreService scores;
    @Autowired
    FiscalYearService years;
    @Autowired
    AuditService audit;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private Item ownItem(String code) {
        signInAs("COORDINATOR");
        if (years.find(wangThonglang(), OWN_YEAR).isEmpty()) {
            years.copyYear(year(2567), OWN_YEAR);
        }
        return scores.scores(year(OWN_YEAR)).itemsByCode().get(code);
    }

    @Test
    void wangThonglang2565AsPrinted() {
        signInAs("EXECUTIVE");
        YearScores year = scores.scores(year(2565));
        assertThat(year.result().ita().value()).isEqualByComparingTo("96.15");
        assertThat(year.result().ita().grade()).isEqualTo(Grade.AA);
        assertThat(year.result().tools().get(Tool.OIT).value()).isEqualByComparingTo("90.77");
        assertThat(year.result().aggregate("IND9").orElseThrow().value()).isEqualByComparingTo("87.78");
        assertThat(year.result().weakItems()).extracting(WeakItem::code).containsExactly("O9", "O27", "O28", "O41");
        assertThat(year.result().mismatches()).isEmpty();
    }

    @Test
    void nongChok2567AsPrintedWithTheIndicatorSixMismatch() {
        signInAs("BMA_ANALYST");
        YearScores year = scores.scores(year(office("nongchok"), 2567));
        assertThat(year.result().ita().value()).isEqualByComparingTo("98.02");
        assertThat(year.result().ita().grade()).isEqualTo(Grade.GOOD);
        assertThat(year.result().tools().get(Tool.OIT).source()).isEqualTo(Source.PUBLISHED);
        assertThat(year.result().mismatches()).singleElement().satisfies(m -> {
            assertThat(m.code()).isEqualTo("IND6");
            assertThat(m.published()).isEqualByComparingTo("96.86");
            assertThat(m.computed()).isEqualByComparingTo("96.40");
        });
    }

    @Test
    void theHistoryEndsWithTheCurrentYearAndAnotherOfficesScoresAreRefused() {
        signInAs("HR_OFFICER");
        assertThat(scores.history(wangThonglang())).extracting(y -> y.year().getBeYear())
                .containsExactly(2565, 2566, 2567, 2568, 2569, 2570);
        assertThatThrownBy(() -> scores.scores(year(office("nongchok"), 2567))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scores.history(office("nongchok"))).isInstanceOf(AccessDeniedException.class);
        Item nongChokItem = scoresOf("nongchok", "I1");
        signInAs("COORDINATOR");
        assertThatThrownBy(() -> scores.item(nongChokItem.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scores.setItemScore(nongChokItem.getId(), nongChokItem.getVersion(), BigDecimal.TEN))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scores.setPublished(year(office("nongchok"), 2567), "ITA", BigDecimal.TEN))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theHistoryAndTheOverviewsResultsAreEachYearsOwnScoresReadTogether() {
        signInAs("BMA_ANALYST");
        for (String office : List.of("wangthonglang", "nongchok", "khannayao")) {
            List<YearScores> history = scores.history(office(office));
            assertThat(history).isNotEmpty();
            var results = scores.results(history.stream().map(YearScores::year).toList());
            for (YearScores inHistory : history) {
                YearScores alone = scores.scores(inHistory.year());
                assertThat(inHistory.result()).isEqualTo(alone.result());
                assertThat(results.get(inHistory.year().getId())).isEqualTo(alone.result());
                assertThat(inHistory.catalogue().items()).extracting(Item::getCode, Item::getScore)
                        .containsExactlyElementsOf(alone.catalogue().items().stream()
                                .map(i -> Tuple.tuple(i.getCode(), i.getScore())).toList());
                assertThat(inHistory.catalogue().indicators()).extracting(Indicator::getNumber)
                        .containsExactlyElementsOf(alone.catalogue().indicators().stream().map(Indicator::getNumber)
                                .toList());
                assertThat(inHistory.catalogue().subIndicators()).extracting(SubIndicator::getCode)
                        .containsExactlyElementsOf(alone.catalogue().subIndicators().stream().map(SubIndicator::getCode)
                                .toList());
            }
        }
        signInAs("EXECUTIVE");
        FiscalYear nongChok = year(office("nongchok"), 2567);
        FiscalYear own = year(2565);
        assertThatThrownBy(() -> scores.results(List.of(own, nongChok))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> years.catalogues(List.of(own, nongChok))).isInstanceOf(AccessDeniedException.class);
    }

    private Item scoresOf(String office, String code) {
        signInAs("BMA_ANALYST");
        return scores.scores(year(office(office), 2567)).itemsByCode().get(code);
    }

    @Test
    void settingAScoreRoundsAuditsAndRecomputes() {
        Item item = ownItem("I1");
        Item saved = scores.setItemScore(item.getId(), item.getVersion(), new BigDecimal("95.666"));
        assertThat(saved.getScore()).isEqualByComparingTo("95.67");
        assertThat(saved.getVersion()).isGreaterThan(item.getVersion());
        assertThat(scores.scores(year(OWN_YEAR)).result().aggregate("IND1").orElseThrow().computed()).isEqualByComparingTo("95.67");
        assertThat(audit.history("Item", item.getId())).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo("scoreChanged");
            assertThat(e.getUsername()).isEqualTo("coordinator");
            assertThat(e.getChanges()).extracting(c -> c.after()).containsExactly("95.67");
        });
        Item cleared = scores.setItemScore(item.getId(), saved.getVersion(), null);
        assertThat(cleared.getScore()).isNull();
    }

    @Test
    void aSaveOverSomeoneElsesChangeIsRefused() {
        Item item = ownItem("I2");
        scores.setItemScore(item.getId(), item.getVersion(), new BigDecimal("90"));
        assertThatThrownBy(() -> scores.setItemScore(item.getId(), item.getVersion(), new BigDecimal("80")))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(scores.item(item.getId()).getScore()).isEqualByComparingTo("90");
    }

    @Test
    void scoresOutside0To100AreRefused() {
        Item item = ownItem("I3");
        assertThatThrownBy(() -> scores.setItemScore(item.getId(), item.getVersion(), new BigDecimal("100.01")))
                .isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("messageKey", "score.error.range");
        assertThatThrownBy(() -> scores.setItemScore(item.getId(), item.getVersion(), new BigDecimal("-1")))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> scores.setPublished(year(OWN_YEAR), "ITA", new BigDecimal("101")))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(scores.item(item.getId()).getScore()).isNull();
    }

    @Test
    void publishedFiguresAreKeptBesideTheComputedOnes() {
        ownItem("I4");
        scores.setPublished(year(OWN_YEAR), "OIT", new BigDecimal("88.5"));
        AggregateScore oit = scores.scores(year(OWN_YEAR)).result().tools().get(Tool.OIT);
        assertThat(oit.source()).isEqualTo(Source.PUBLISHED);
        assertThat(oit.value()).isEqualByComparingTo("88.5");
        scores.setPublished(year(OWN_YEAR), "OIT", null);
        assertThat(scores.scores(year(OWN_YEAR)).result().tools().get(Tool.OIT).source()).isEqualTo(Source.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"EXECUTIVE", "DIVISION_HEAD", "HR_OFFICER"})
    void othersReadButCannotChangeScores(String role) {
        Item item = ownItem("I5");
        signInAs(role);
        assertThat(scores.scores(year(OWN_YEAR)).catalogue().items()).isNotEmpty();
        assertThat(scores.allYears(wangThonglang())).isNotEmpty();
        assertThatThrownBy(() -> scores.setItemScore(item.getId(), item.getVersion(), new BigDecimal("90")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scores.setPublished(year(OWN_YEAR), "ITA", new BigDecimal("90")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
