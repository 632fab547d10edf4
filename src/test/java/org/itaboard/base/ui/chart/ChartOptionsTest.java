package org.itaboard.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class ChartOptionsTest {

    @Test
    void barChartWithTargetLinesAndMissingPoints() {
        ObjectNode json = ChartOptions.of(ChartType.BAR)
                .series("2567", 91.5, null, 78)
                .series("2568", 88.25, 96.0, null)
                .categories("สำนักงานเขตพระนคร", "สำนักงานเขตดุสิต", "สำนักงานเขตบางรัก")
                .colors("#1E88E5", "#43A047")
                .yRange(0, 100)
                .yDecimals(0)
                .targetLine(85, "เป้าหมาย 85")
                .targetLine(95, "เป้าหมาย 95", "#E53935")
                .title("คะแนน ITA")
                .stacked(false)
                .dataLabels(false)
                .legend(LegendPosition.BOTTOM)
                .toJson();

        assertThat(json.at("/chart/type").asText()).isEqualTo("bar");
        assertThat(json.at("/chart/toolbar/show").asBoolean()).isFalse();
        assertThat(json.has("plotOptions")).isFalse();

        JsonNode series = json.get("series");
        assertThat(series).hasSize(2);
        assertThat(series.at("/0/name").asText()).isEqualTo("2567");
        assertThat(series.at("/0/data").toString()).isEqualTo("[91.5,null,78]");
        assertThat(series.at("/1/data/2").isNull()).isTrue();

        assertThat(json.at("/xaxis/categories").toString())
                .isEqualTo("[\"สำนักงานเขตพระนคร\",\"สำนักงานเขตดุสิต\",\"สำนักงานเขตบางรัก\"]");
        assertThat(json.at("/colors").toString()).isEqualTo("[\"#1E88E5\",\"#43A047\"]");
        assertThat(json.at("/yaxis/min").asDouble()).isEqualTo(0);
        assertThat(json.at("/yaxis/max").asDouble()).isEqualTo(100);
        assertThat(json.at("/yaxis/decimalsInFloat").asInt()).isZero();

        JsonNode lines = json.at("/annotations/yaxis");
        assertThat(lines).hasSize(2);
        assertThat(lines.at("/0/y").asDouble()).isEqualTo(85);
        assertThat(lines.at("/0/label/text").asText()).isEqualTo("เป้าหมาย 85");
        assertThat(lines.at("/1/y").asDouble()).isEqualTo(95);
        assertThat(lines.at("/1/borderColor").asText()).isEqualTo("#E53935");
        assertThat(lines.at("/1/label/style/background").asText()).isEqualTo("#E53935");

        assertThat(json.at("/title/text").asText()).isEqualTo("คะแนน ITA");
        assertThat(json.at("/dataLabels/enabled").asBoolean()).isFalse();
        assertThat(json.at("/legend/position").asText()).isEqualTo("bottom");
    }

    @Test
    void horizontalStackedBarsDrawTargetLinesAcrossTheValueAxis() {
        ObjectNode json = ChartOptions.of(ChartType.BAR)
                .series("คะแนน", 80, 90)
                .categories("A", "B")
                .stacked(true)
                .horizontal(true)
                .targetLine(85, "85")
                .height(400)
                .toJson();

        assertThat(json.at("/chart/stacked").asBoolean()).isTrue();
        assertThat(json.at("/chart/height").asInt()).isEqualTo(400);
        assertThat(json.at("/plotOptions/bar/horizontal").asBoolean()).isTrue();
        assertThat(json.at("/annotations/xaxis/0/x").asDouble()).isEqualTo(85);
        assertThat(json.at("/annotations").has("yaxis")).isFalse();
    }

    @Test
    void lineMarkersMakeSinglePointsClickable() {
        ObjectNode json = ChartOptions.of(ChartType.LINE).series("s", 1, null, 3).markers(5).toJson();

        assertThat(json.at("/markers/size").asInt()).isEqualTo(5);
        assertThat(json.at("/tooltip/shared").asBoolean()).isFalse();
        assertThat(json.at("/tooltip/intersect").asBoolean()).isTrue();
        assertThat(json.at("/series/0/data").toString()).isEqualTo("[1,null,3]");
    }

    @Test
    void donutTakesOneValuePerLabel() {
        ObjectNode json = ChartOptions.of(ChartType.DONUT)
                .series("ผลการประเมิน", 12, null, 3)
                .categories("ผ่าน", "ไม่ผ่าน", "รอประเมิน")
                .toJson();

        assertThat(json.at("/chart/type").asText()).isEqualTo("donut");
        assertThat(json.get("series").toString()).isEqualTo("[12,0,3]");
        assertThat(json.at("/labels").toString()).isEqualTo("[\"ผ่าน\",\"ไม่ผ่าน\",\"รอประเมิน\"]");
        assertThat(json.has("xaxis")).isFalse();
    }

    @Test
    void radialBarUsesApexName() {
        assertThat(ChartOptions.of(ChartType.RADIAL_BAR).series("s", 87.5).toJson().at("/chart/type").asText())
                .isEqualTo("radialBar");
        assertThat(ChartType.fromApexName("radialBar")).isEqualTo(ChartType.RADIAL_BAR);
        assertThat(ChartType.fromApexName(null)).isEqualTo(ChartType.LINE);
    }
}
