package org.itaboard.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import org.itaboard.base.ui.chart.ApexChart;
import org.itaboard.base.ui.chart.DataPointClickEvent;
import org.itaboard.scoring.ui.CatalogueView;
import org.itaboard.test.KaribuTest;
import org.junit.jupiter.api.Test;

/** An office's big-screen dashboard shows its latest scored year (Nong Chok 2567, Wang Thonglang 2565) and its trend. */
class DashboardViewTest extends KaribuTest {

    private ApexChart chart(String id) {
        return _get(ApexChart.class, spec -> spec.withId(id));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.isNull() ? null : node.asText()));
        return texts;
    }

    @Test
    void latestResultAndMismatches() {
        login("director.nongchok");
        UI.getCurrent().navigate(DashboardView.class);
        assertThat(_get(Span.class, spec -> spec.withClasses("dashboard-ita")).getText()).isEqualTo("98.02");
        assertThat(_get(Span.class, spec -> spec.withClasses("dashboard-grade")).getText()).isEqualTo("ผ่านดี");
        assertThat(_get(Span.class, spec -> spec.withClasses("dashboard-mismatches")).getText()).isEqualTo("1");
    }

    @Test
    void toolChartAgainstTheTargets() {
        login("director.nongchok");
        UI.getCurrent().navigate(DashboardView.class);
        JsonNode options = chart("chart-tools").getOptions();
        assertThat(options.at("/chart/type").asText()).isEqualTo("bar");
        assertThat(texts(options.at("/xaxis/categories"))).containsExactly("IIT", "EIT", "OIT");
        assertThat(texts(options.at("/series/0/data"))).containsExactly("98.82", "94.57", "100.00");
        // the weighted scores add up to the ITA 98.02, as the reports' table 1 prints them
        assertThat(_get(Span.class, spec -> spec.withClasses("dashboard-weighted")).getText())
                .isEqualTo("IIT × 30% = 29.65 · EIT × 30% = 28.37 · OIT × 40% = 40.00");
        assertThat(texts(options.at("/annotations/yaxis")).size()).isEqualTo(2);
        assertThat(options.at("/annotations/yaxis/0/y").asDouble()).isEqualTo(85);
        assertThat(options.at("/annotations/yaxis/1/y").asDouble()).isEqualTo(95);
    }

    @Test
    void trendOfItaAndEachToolOverTheScoredYears() {
        login("director");
        UI.getCurrent().navigate(DashboardView.class);
        JsonNode options = chart("chart-trend").getOptions();
        assertThat(options.at("/chart/type").asText()).isEqualTo("line");
        // Wang Thonglang's own years only, up to the current one (plans after it are not a trend)
        List<String> years = texts(options.at("/xaxis/categories"));
        assertThat(years).contains("2565").doesNotContain("2571");
        int y2565 = years.indexOf("2565");
        List<String> names = new ArrayList<>();
        options.get("series").forEach(s -> names.add(s.get("name").asText()));
        assertThat(names).containsExactly("ITA", "IIT", "EIT", "OIT", "ค่าเฉลี่ยระดับประเทศ");
        assertThat(texts(options.at("/series/0/data"))).element(y2565).isEqualTo("96.15");
        assertThat(texts(options.at("/series/3/data"))).element(y2565).isEqualTo("90.77");
        // The NACC's national average as a dashed reference line over the years it was announced (2565–2568), also
        // where the office has no result (2566 is a copy without scores); not set later, so no point there.
        assertThat(years).containsSequence("2565", "2566", "2567", "2568");
        List<String> national = texts(options.at("/series/4/data"));
        assertThat(List.of(national.get(y2565), national.get(years.indexOf("2566")), national.get(years.indexOf("2567")),
                national.get(years.indexOf("2568")))).containsExactly("87.57", "90.20", "93.05", "93.82");
        assertThat(texts(options.at("/series/0/data")).get(years.indexOf("2566"))).isNull();
        assertThat(years).doesNotContain("2569", "2570");
        assertThat(options.at("/stroke/dashArray/4").asInt()).isPositive();
        assertThat(options.at("/stroke/dashArray/0").asInt()).isZero();
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("dashboard-trend-note")).getElement().getTextRecursively())
                .contains("วังทองหลาง").doesNotContain("หนองจอก");
    }

    @Test
    void indicatorsAsHorizontalBarsAndWeakItems() {
        login("director.nongchok");
        UI.getCurrent().navigate(DashboardView.class);
        JsonNode options = chart("chart-indicators").getOptions();
        assertThat(options.at("/plotOptions/bar/horizontal").asBoolean()).isTrue();
        assertThat(options.at("/xaxis/categories")).hasSize(10);
        assertThat(texts(options.at("/series/0/data")).get(5)).isEqualTo("96.40");
        assertThat(_find(ListItem.class)).hasSize(5).first().extracting(li -> li.getElement().getTextRecursively())
                .asString().contains("E6").contains("92.23");
        assertThat(_get(Span.class, spec -> spec.withText("ข้อที่ได้คะแนนต่ำสุด ไม่มีข้อใดต่ำกว่าเกณฑ์ 85.00"))).isNotNull();
    }

    @Test
    void clickingATrendPointOpensThatYearsCatalogue() {
        login("director");
        UI.getCurrent().navigate(DashboardView.class);
        ApexChart trend = chart("chart-trend");
        int y2565 = texts(trend.getOptions().at("/xaxis/categories")).indexOf("2565");
        ComponentUtil.fireEvent(trend, new DataPointClickEvent(trend, true, 0, y2565, "2565"));
        MockVaadin.clientRoundtrip();
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CatalogueView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters()).isEqualTo("catalogue?year=2565");
    }
}
