package org.itaboard.base.ui.chart;

import java.util.Locale;

/** Where ApexCharts places the legend ({@code legend.position}). */
public enum LegendPosition {
    TOP,
    RIGHT,
    BOTTOM,
    LEFT;

    /** The value of ApexCharts' {@code legend.position}. */
    public String apexName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
