package org.itaboard.measures.ui;

import static com.github.mvysny.kaributesting.v10.RouterLinkKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.itaboard.base.domain.BuddhistDates;
import org.itaboard.dashboard.ui.DashboardView;
import org.itaboard.measures.MeasureFixtures;
import org.itaboard.measures.domain.Measure;
import org.itaboard.measures.domain.MeasureStatus;
import org.itaboard.test.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard's measure cards for today's fiscal year (the demo measures of 2570), counted here straight from the
 * database, and a measure late for over a year heading the overdue list with a link to its page.
 */
class MeasureCardsTest extends KaribuTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Clock clock;

    private MeasureFixtures fixtures;
    private Measure longLate;
    private int thisYear;

    @BeforeEach
    void lateMeasure() {
        fixtures = new MeasureFixtures(context);
        thisYear = BuddhistDates.fiscalYearOf(LocalDate.now(clock));
        longLate = fixtures.lateMeasureThisYear("ตรวจสอบป้ายประกาศค่าธรรมเนียม ณ จุดบริการ", "PUBLIC_WORKS", 400);
        login("director");
        UI.getCurrent().navigate(DashboardView.class);
    }

    @AfterEach
    void removeLateMeasure() {
        fixtures.delete(longLate);
    }

    private long stored(MeasureStatus status) {
        return jdbc.queryForObject("select count(*) from measure m join fiscal_year y on y.id = m.fiscal_year_id "
                + "where y.be_year = ? and m.status = ?", Long.class, thisYear, status.name());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    @Test
    void measuresOfThisYearByStatusWithThaiLabels() {
        JsonNode options = _get(org.itaboard.base.ui.chart.ApexChart.class, spec -> spec.withId("chart-measures-status")).getOptions();
        long total = 0;
        List<String> labels = new ArrayList<>();
        for (MeasureStatus status : MeasureStatus.values()) {
            long count = stored(status);
            total += count;
            labels.add(UI.getCurrent().getTranslation("measure.status." + status.name()) + " (" + count + ")");
            assertThat(options.at("/series/" + status.ordinal()).asLong()).as(status.name()).isEqualTo(count);
        }
        assertThat(texts(options.at("/labels"))).isEqualTo(labels).contains("กำลังดำเนินการ (" + stored(MeasureStatus.ACTIVE) + ")");
        assertThat(stored(MeasureStatus.ACTIVE)).as("the demo year's active measures and ours").isGreaterThan(1);
        assertThat(_get(Span.class, spec -> spec.withClasses("dashboard-measures-total")).getText())
                .isEqualTo("ทั้งหมด " + total + " มาตรการ");
        assertThat(_get(Div.class, spec -> spec.withClasses("dashboard-measures-status")).getElement().getTextRecursively())
                .contains("มาตรการปี " + thisYear);
    }

    @Test
    void leadDivisionsStackTheirStatuses() {
        JsonNode options = _get(org.itaboard.base.ui.chart.ApexChart.class, spec -> spec.withId("chart-measures-divisions")).getOptions();
        assertThat(options.at("/chart/stacked").asBoolean()).isTrue();
        List<String> divisions = texts(options.at("/xaxis/categories"));
        assertThat(divisions).contains("ฝ่ายโยธา");
        int works = divisions.indexOf("ฝ่ายโยธา");
        long sum = 0;
        for (JsonNode series : options.get("series")) {
            sum += series.at("/data/" + works).asLong();
        }
        assertThat(sum).isEqualTo(jdbc.queryForObject("select count(*) from measure m join fiscal_year y on y.id = m.fiscal_year_id "
                + "join division d on d.id = m.lead_division_id where y.be_year = ? and d.code = 'PUBLIC_WORKS'", Long.class, thisYear));
    }

    @Test
    void theLongestLateMeasureComesFirstAndOpensItsPage() {
        LocalDate today = LocalDate.now(clock);
        long lateDays = java.time.temporal.ChronoUnit.DAYS.between(today.minusDays(400).plusMonths(1), today);
        Div overdue = _get(Div.class, spec -> spec.withId("dashboard-overdue"));
        Div first = (Div) overdue.getChildren().findFirst().orElseThrow();
        assertThat(first.getId()).hasValue("overdue-" + longLate.getId());
        assertThat(first.getElement().getTextRecursively()).contains("ฝ่ายโยธา").contains("0%").contains(lateDays + " วัน");
        RouterLink link = _get(first, RouterLink.class);
        assertThat(link.getText()).isEqualTo("ตรวจสอบป้ายประกาศค่าธรรมเนียม ณ จุดบริการ");
        assertThat(link.getHref()).isEqualTo("measures/" + longLate.getId());
        _click(link);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MeasureView.class);
    }
}
