package org.itaboard.base.ui.chart;

/**
 * The ApexCharts chart types the board uses.
 *
 * <p>Axis charts take named series over categories on the x axis; the others (donut, radial bar)
 * take one value per label, so {@link ChartOptions} and {@link ApexChart} shape the series JSON by
 * {@link #isAxisChart()}.
 */
public enum ChartType {
    LINE("line", true),
    AREA("area", true),
    BAR("bar", true),
    DONUT("donut", false),
    RADIAL_BAR("radialBar", false);

    private final String apexName;
    private final boolean axisChart;

    ChartType(String apexName, boolean axisChart) {
        this.apexName = apexName;
        this.axisChart = axisChart;
    }

    /** The value of ApexCharts' {@code chart.type}. */
    public String apexName() {
        return apexName;
    }

    /** Whether the chart has x/y axes (series over categories) rather than one value per label. */
    public boolean isAxisChart() {
        return axisChart;
    }

    /** The type for an ApexCharts {@code chart.type} value; unknown or missing values count as {@link #LINE}, ApexCharts' own default. */
    public static ChartType fromApexName(String apexName) {
        for (ChartType type : values()) {
            if (type.apexName.equals(apexName)) {
                return type;
            }
        }
        return LINE;
    }
}
