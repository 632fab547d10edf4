package org.itaboard.base.ui.chart;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApexChartTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static ChartOptions scores() {
        return ChartOptions.of(ChartType.BAR)
                .series("2568", 91.5, null, 78)
                .categories("พระนคร", "ดุสิต", "บางรัก")
                .yRange(0, 100)
                .targetLine(85, "85")
                .targetLine(95, "95");
    }

    private JsonNode config(ApexChart chart) throws Exception {
        return mapper.readTree(chart.getElement().getProperty(ApexChart.CONFIG_PROPERTY));
    }

    /** Flushes the JS calls queued so far and returns their expressions. */
    private static List<String> pendingJs() {
        UI ui = UI.getCurrent();
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        List<String> expressions = new ArrayList<>();
        for (PendingJavaScriptInvocation invocation : ui.getInternals().dumpPendingJavaScriptInvocations()) {
            expressions.add(invocation.getInvocation().getExpression());
        }
        return expressions;
    }

    @Test
    void defaultsToFullWidthFixedHeightAndThai() {
        ApexChart chart = new ApexChart();

        assertThat(chart.getWidth()).isEqualTo("100%");
        assertThat(chart.getHeight()).isEqualTo("320px");
        assertThat(chart.getChartLocale()).isEqualTo("th");
        assertThat(chart.getElement().getTag()).isEqualTo("ita-apex-chart");
    }

    @Test
    void serialisesItsOptionsToTheConfigProperty() throws Exception {
        ApexChart chart = new ApexChart(scores());

        JsonNode config = config(chart);
        assertThat(config.toString()).isEqualTo(scores().toJson().toString());
        assertThat(config.at("/series/0/data").toString()).isEqualTo("[91.5,null,78]");
        assertThat(config.at("/annotations/yaxis/1/y").asDouble()).isEqualTo(95);
    }

    @Test
    void setSeriesBeforeAttachOnlyStoresTheState() throws Exception {
        ApexChart chart = new ApexChart(scores());
        chart.setSeries(ChartSeries.of("2569", 99, 98, 97));

        assertThat(config(chart).at("/series/0/name").asText()).isEqualTo("2569");
        UI.getCurrent().add(chart);
        assertThat(pendingJs()).noneMatch(js -> js.contains("updateSeries") || js.contains("recreate"));
    }

    @Test
    void setSeriesAfterAttachUpdatesTheLiveChartInsteadOfRecreatingIt() throws Exception {
        ApexChart chart = new ApexChart(scores());
        UI.getCurrent().add(chart);
        pendingJs();

        chart.setSeries(ChartSeries.of("2568", 92, 87.5, null));

        List<String> js = pendingJs();
        assertThat(js).hasSize(1);
        assertThat(js.get(0)).contains("updateSeries").doesNotContain("recreate");
        JsonNode config = config(chart);
        assertThat(config.at("/series/0/data").toString()).isEqualTo("[92,87.5,null]");
        assertThat(config.at("/annotations/yaxis/0/y").asDouble()).isEqualTo(85);
        assertThat(config.at("/xaxis/categories/1").asText()).isEqualTo("ดุสิต");
    }

    @Test
    void updateOptionsMergesIntoTheStateAndTheLiveChart() throws Exception {
        ApexChart chart = new ApexChart(scores());
        UI.getCurrent().add(chart);
        pendingJs();

        ObjectNode changes = JsonNodeFactory.instance.objectNode();
        changes.putObject("yaxis").put("max", 120);
        chart.updateOptions(changes);

        assertThat(pendingJs()).singleElement().asString().contains("updateOptions");
        JsonNode config = config(chart);
        assertThat(config.at("/yaxis/max").asInt()).isEqualTo(120);
        assertThat(config.at("/yaxis/min").asInt()).isZero();
        assertThat(config.at("/chart/type").asText()).isEqualTo("bar");
    }

    @Test
    void setOptionsOnALiveChartRedrawsIt() throws Exception {
        ApexChart chart = new ApexChart(scores());
        UI.getCurrent().add(chart);
        pendingJs();

        chart.setOptions(ChartOptions.of(ChartType.DONUT).series("s", 1, 2).categories("a", "b"));

        assertThat(pendingJs()).singleElement().asString().contains("recreate");
        assertThat(config(chart).get("series").toString()).isEqualTo("[1,2]");
        assertThat(chart.getType()).isEqualTo(ChartType.DONUT);
    }

    @Test
    void setSeriesOnADonutSendsPlainValues() throws Exception {
        ApexChart chart = new ApexChart(ChartOptions.of(ChartType.DONUT).series("s", 1, 2).categories("a", "b"));
        chart.setSeries(ChartSeries.of("s", 5, null));

        assertThat(config(chart).get("series").toString()).isEqualTo("[5,0]");
    }

    @Test
    void optionsSurviveDetachAndReattachElsewhere() throws Exception {
        ApexChart chart = new ApexChart(scores());
        VerticalLayout page = new VerticalLayout(chart);
        UI.getCurrent().add(page);
        chart.setSeries(ChartSeries.of("2568", 70, 80, 90));

        page.remove(chart);
        Dialog dialog = new Dialog(chart);
        dialog.open();
        MockVaadin.clientRoundtrip();

        assertThat(chart.isAttached()).isTrue();
        assertThat(config(chart).at("/series/0/data").toString()).isEqualTo("[70,80,90]");
        assertThat(config(chart).at("/annotations/yaxis").size()).isEqualTo(2);
    }

    @Test
    void dataPointClickReachesTheListener() {
        ApexChart chart = new ApexChart(scores());
        UI.getCurrent().add(chart);
        List<DataPointClickEvent> clicks = new ArrayList<>();
        chart.addDataPointClickListener(clicks::add);

        JsonObject data = Json.createObject();
        data.put("event.detail.seriesIndex", 0);
        data.put("event.detail.dataPointIndex", 2);
        data.put("event.detail.category", "บางรัก");
        _fireDomEvent(chart, "data-point-click", data);

        assertThat(clicks).singleElement().satisfies(click -> {
            assertThat(click.getSeriesIndex()).isZero();
            assertThat(click.getDataPointIndex()).isEqualTo(2);
            assertThat(click.getCategory()).isEqualTo("บางรัก");
            assertThat(click.getSource()).isSameAs(chart);
            assertThat(click.isFromClient()).isTrue();
        });
    }

    @Test
    void axisLabelClickReachesTheListener() {
        ApexChart chart = new ApexChart(scores());
        UI.getCurrent().add(chart);
        List<XAxisLabelClickEvent> clicks = new ArrayList<>();
        chart.addXAxisLabelClickListener(clicks::add);

        JsonObject data = Json.createObject();
        data.put("event.detail.labelIndex", 1);
        data.put("event.detail.category", "ดุสิต");
        _fireDomEvent(chart, "x-axis-label-click", data);

        assertThat(clicks).singleElement().satisfies(click -> {
            assertThat(click.getLabelIndex()).isEqualTo(1);
            assertThat(click.getCategory()).isEqualTo("ดุสิต");
        });
    }

    @Test
    void localeFollowsTheUiLocale() {
        UI ui = UI.getCurrent();
        ui.setLocale(Locale.ENGLISH);
        ApexChart chart = new ApexChart(scores());
        ui.add(chart);
        assertThat(chart.getChartLocale()).isEqualTo("en");

        ui.setLocale(Locale.forLanguageTag("th-TH"));
        assertThat(chart.getChartLocale()).isEqualTo("th");

        ui.setLocale(Locale.US);
        assertThat(chart.getChartLocale()).isEqualTo("en");

        ui.setLocale(Locale.JAPANESE);
        assertThat(chart.getChartLocale()).isEqualTo("th");
    }
}
