package org.itaboard.scoring.ui;

import org.itaboard.fiscalyear.domain.FiscalYear;

import com.vaadin.flow.router.QueryParameters;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.fiscalyear.service.FiscalYearService;
import org.itaboard.scoring.service.ScoreService;
import org.itaboard.test.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The coordinator types scores with Thai digits and sees the ITA follow; FY 2587 belongs to this class. */
class ScoreEntryViewTest extends KaribuTest {

    private static final int OWN_YEAR = 2587;

    @Autowired
    FiscalYearService years;
    @Autowired
    ScoreService scores;

    /** A copy of Nong Chok 2567 whose items all score 90 and whose OIT is printed as 100: ITA 94.00. */
    private void ownYear() {
        if (years.find(office("nongchok"), OWN_YEAR).isPresent()) {
            return;
        }
        years.copyYear(nongChok(2567), OWN_YEAR);
        for (Item item : scores.scores(nongChok(OWN_YEAR)).catalogue().items()) {
            if (!item.getCode().startsWith("O")) {
                scores.setItemScore(item.getId(), item.getVersion(), new BigDecimal("90"));
            }
        }
        scores.setPublished(nongChok(OWN_YEAR), "OIT", new BigDecimal("100"));
    }

    private FiscalYear nongChok(int beYear) {
        return year(office("nongchok"), beYear);
    }

    @SuppressWarnings("unchecked")
    private TextField scoreField(String code) {
        Grid<Item> grid = _get(Grid.class);
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).getCode().equals(code)) {
                return (TextField) GridKt._getCellComponent(grid, i, "score");
            }
        }
        throw new AssertionError("No row " + code);
    }

    @Test
    void coordinatorEntersAThaiDigitScoreAndTheItaFollows() {
        login("coordinator.nongchok");
        ownYear();
        UI.getCurrent().navigate(ScoreEntryView.class, QueryParameters.of("year", String.valueOf(OWN_YEAR)));
        assertThat(_get(Span.class, spec -> spec.withId("ita-now")).getText()).isEqualTo("94.00 ผ่านดี");
        _setValue(scoreField("I1"), "๑๐๐");
        assertThat(scores.scores(nongChok(OWN_YEAR)).itemsByCode().get("I1").getScore()).isEqualByComparingTo("100");
        // IIT = mean of 12 items = (11 × 90 + 100) / 12 = 90.83; ITA = 0.3 × 90.83 + 0.3 × 90 + 0.4 × 100 = 94.25
        assertThat(_get(Span.class, spec -> spec.withId("ita-now")).getText()).isEqualTo("94.25 ผ่านดี");
        assertThat(scoreField("I1").getValue()).isEqualTo("100.00");
    }

    @Test
    void anOutOfRangeScoreIsMarkedAndKeptAsTyped() {
        login("coordinator.nongchok");
        ownYear();
        UI.getCurrent().navigate(ScoreEntryView.class, QueryParameters.of("year", String.valueOf(OWN_YEAR)));
        TextField field = scoreField("E2");
        _setValue(field, "๑๐๕");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getValue()).isEqualTo("๑๐๕");
        assertThat(scores.scores(nongChok(OWN_YEAR)).itemsByCode().get("E2").getScore()).isEqualByComparingTo("90");
    }

    @Test
    void aConcurrentChangeIsReportedAndTheRowReloaded() {
        login("coordinator.nongchok");
        ownYear();
        UI.getCurrent().navigate(ScoreEntryView.class, QueryParameters.of("year", String.valueOf(OWN_YEAR)));
        TextField field = scoreField("E3");
        Item meanwhile = scores.scores(nongChok(OWN_YEAR)).itemsByCode().get("E3");
        scores.setItemScore(meanwhile.getId(), meanwhile.getVersion(), new BigDecimal("77.5"));
        _setValue(field, "80");
        assertThat(scores.scores(nongChok(OWN_YEAR)).itemsByCode().get("E3").getScore()).isEqualByComparingTo("77.5");
        assertThat(scoreField("E3").getValue()).isEqualTo("77.50");
    }

    @Test
    void divisionHeadCannotOpenScoreEntry() {
        login("head.works");
        UI.getCurrent().navigate(ScoreEntryView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(org.itaboard.base.ui.errors.RouteDeniedPage.class);
    }
}
