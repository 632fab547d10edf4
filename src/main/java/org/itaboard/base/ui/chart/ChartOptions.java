package org.itaboard.base.ui.chart;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A small typed builder for the ApexCharts options the board uses, producing the options JSON.
 *
 * <p>It covers only what our dashboards need (series over categories, target lines, axis range,
 * colours, legend, stacking); anything else goes into the {@link #toJson()} result or through
 * {@link ApexChart#setOptions(ObjectNode)} / {@link ApexChart#updateOptions(ObjectNode)} directly.
 * Setters return {@code this}; values not set are left to ApexCharts' defaults, except that the
 * toolbar (zoom and download menu) is hidden, which a dashboard tile does not need.
 */
public final class ChartOptions {

    private static final String TARGET_LINE_COLOR = "#775DD0";

    private final ChartType type;
    private final List<ChartSeries> series = new ArrayList<>();
    private final List<String> categories = new ArrayList<>();
    private final List<String> colors = new ArrayList<>();
    private final List<TargetLine> targetLines = new ArrayList<>();
    private Double yMin;
    private Double yMax;
    private Integer yDecimals;
    private String title;
    private boolean stacked;
    private boolean horizontal;
    private Boolean dataLabels;
    private LegendPosition legendPosition;
    private Integer height;
    private Integer markerSize;

    private ChartOptions(ChartType type) {
        this.type = Objects.requireNonNull(type, "type");
    }

    /** Starts options for a chart of the given type. */
    public static ChartOptions of(ChartType type) {
        return new ChartOptions(type);
    }

    /** The chart type these options draw. */
    public ChartType type() {
        return type;
    }

    /** Adds a series; its values line up with {@link #categories(List)}. */
    public ChartOptions series(ChartSeries s) {
        series.add(Objects.requireNonNull(s, "series"));
        return this;
    }

    /** Adds a series from values, {@code null} for missing points. */
    public ChartOptions series(String name, Number... data) {
        return series(ChartSeries.of(name, data));
    }

    /** The x-axis categories; for donut and radial bar charts, the slice or ring labels. */
    public ChartOptions categories(List<String> labels) {
        categories.clear();
        categories.addAll(labels);
        return this;
    }

    /** The x-axis categories; for donut and radial bar charts, the slice or ring labels. */
    public ChartOptions categories(String... labels) {
        return categories(List.of(labels));
    }

    /** Series colours in series order, as CSS colours such as {@code "#1E88E5"}. */
    public ChartOptions colors(String... cssColors) {
        colors.clear();
        colors.addAll(List.of(cssColors));
        return this;
    }

    /** Fixes the value axis range, so that scores on 0–100 are not stretched to fill the plot. */
    public ChartOptions yRange(double min, double max) {
        this.yMin = min;
        this.yMax = max;
        return this;
    }

    /** Decimals shown in the value axis labels. */
    public ChartOptions yDecimals(int decimals) {
        this.yDecimals = decimals;
        return this;
    }

    /**
     * Draws a dashed line across the plot at the given value with a label, e.g. the ITA targets at
     * 85 and 95. On horizontal bar charts the line is vertical, since there the values run along x.
     */
    public ChartOptions targetLine(double value, String label) {
        return targetLine(value, label, TARGET_LINE_COLOR);
    }

    /** Like {@link #targetLine(double, String)} with the line and label in the given CSS colour. */
    public ChartOptions targetLine(double value, String label, String cssColor) {
        targetLines.add(new TargetLine(value, label, cssColor));
        return this;
    }

    /** The chart title. */
    public ChartOptions title(String text) {
        this.title = text;
        return this;
    }

    /** Stacks the series of a bar or area chart. */
    public ChartOptions stacked(boolean value) {
        this.stacked = value;
        return this;
    }

    /** Draws bars horizontally, which reads better for long category names such as division names. */
    public ChartOptions horizontal(boolean value) {
        this.horizontal = value;
        return this;
    }

    /** Shows or hides the values printed on bars, points and slices (ApexCharts shows them on bars by default). */
    public ChartOptions dataLabels(boolean enabled) {
        this.dataLabels = enabled;
        return this;
    }

    /** Where the legend goes. */
    public ChartOptions legend(LegendPosition position) {
        this.legendPosition = Objects.requireNonNull(position, "position");
        return this;
    }

    /**
     * A fixed plot height in pixels. Without it the chart fills the height of the {@link ApexChart}
     * component, which is the usual way to size it ({@code setHeight}).
     */
    public ChartOptions height(int pixels) {
        this.height = pixels;
        return this;
    }

    /**
     * Draws point markers of the given size on line and area charts and makes the tooltip follow
     * single points rather than the whole x position; both are needed for a click on a point to
     * report that point to {@link ApexChart#addDataPointClickListener}.
     */
    public ChartOptions markers(int size) {
        this.markerSize = size;
        return this;
    }

    /** The ApexCharts options JSON; a fresh object on each call, free to be changed further. */
    public ObjectNode toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode chart = root.putObject("chart").put("type", type.apexName());
        chart.putObject("toolbar").put("show", false);
        if (stacked) {
            chart.put("stacked", true);
        }
        if (height != null) {
            chart.put("height", height);
        }
        root.set("series", ChartSeries.toJson(type, series));
        if (type.isAxisChart()) {
            strings(root.putObject("xaxis").putArray("categories"), categories);
            putYAxis(root);
        } else {
            strings(root.putArray("labels"), categories);
        }
        if (!colors.isEmpty()) {
            strings(root.putArray("colors"), colors);
        }
        if (horizontal) {
            root.putObject("plotOptions").putObject("bar").put("horizontal", true);
        }
        if (!targetLines.isEmpty()) {
            putTargetLines(root.putObject("annotations"));
        }
        if (title != null) {
            root.putObject("title").put("text", title);
        }
        if (dataLabels != null) {
            root.putObject("dataLabels").put("enabled", dataLabels);
        }
        if (legendPosition != null) {
            root.putObject("legend").put("position", legendPosition.apexName());
        }
        if (markerSize != null) {
            root.putObject("markers").put("size", markerSize);
            root.putObject("tooltip").put("shared", false).put("intersect", true);
        }
        return root;
    }

    private void putYAxis(ObjectNode root) {
        if (yMin == null && yDecimals == null) {
            return;
        }
        ObjectNode yaxis = root.putObject("yaxis");
        if (yMin != null) {
            yaxis.put("min", yMin).put("max", yMax);
        }
        if (yDecimals != null) {
            yaxis.put("decimalsInFloat", yDecimals);
        }
    }

    private void putTargetLines(ObjectNode annotations) {
        String axis = horizontal ? "x" : "y";
        ArrayNode lines = annotations.putArray(axis + "axis");
        for (TargetLine line : targetLines) {
            ObjectNode node = lines.addObject()
                    .put(axis, line.value())
                    .put("borderColor", line.color())
                    .put("strokeDashArray", 4);
            node.putObject("label")
                    .put("text", line.label())
                    .put("borderColor", line.color())
                    .putObject("style")
                    .put("color", "#fff")
                    .put("background", line.color());
        }
    }

    private static void strings(ArrayNode target, List<String> values) {
        values.forEach(target::add);
    }

    private record TargetLine(double value, String label, String color) {
    }
}
