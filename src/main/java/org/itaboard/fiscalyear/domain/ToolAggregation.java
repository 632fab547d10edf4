package org.itaboard.fiscalyear.domain;

/** How a tool score is formed; a per-year setting. */
public enum ToolAggregation {
    /** Mean of the tool's indicators (FY 2564–2565). */
    MEAN_OF_INDICATORS,
    /** Plain mean of the tool's items (FY 2567: Nong Chok IIT 98.82 = mean of I1–I12). */
    MEAN_OF_ITEMS
}
