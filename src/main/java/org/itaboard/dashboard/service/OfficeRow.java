package org.itaboard.dashboard.service;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.itaboard.fiscalyear.domain.Grade;
import org.itaboard.fiscalyear.domain.Tool;
import org.itaboard.offices.domain.Office;

/**
 * One office in the offices overview of a fiscal year. A score the office does not have is null, never 0; so
 * are the weak item figures of a year without results and the late measures of an office without the year.
 *
 * @param beYear the overview's year (Buddhist Era)
 * @param results how far the office has results for it
 * @param tools IIT, EIT and OIT, each present, null when not scored
 * @param weakItems the year's weak items (the lowest ones when none is below the threshold)
 * @param weakItemsWithoutMeasure those no measure addresses yet
 * @param lateMeasures the year's measures that are late today
 */
public record OfficeRow(Office office, int beYear, Results results, BigDecimal ita, Grade grade, Map<Tool, BigDecimal> tools,
        Integer weakItems, Integer weakItemsWithoutMeasure, Integer lateMeasures) {

    /** How far an office has results for the year. */
    public enum Results {
        /** An ITA, computed or printed. */
        SCORED,
        /** Some results (item scores, a tool, a printed figure) but no ITA. */
        PARTLY_SCORED,
        /** The year exists without any result yet. */
        NOT_SCORED,
        /** The office has no such fiscal year. */
        NO_YEAR
    }

    public OfficeRow {
        EnumMap<Tool, BigDecimal> copy = new EnumMap<>(Tool.class);
        for (Tool tool : Tool.values()) {
            copy.put(tool, tools.get(tool));
        }
        tools = Collections.unmodifiableMap(copy);
    }

    /** An office without the year: nothing to show but that. */
    static OfficeRow withoutYear(Office office, int beYear) {
        return new OfficeRow(office, beYear, Results.NO_YEAR, null, null, Map.of(), null, null, null);
    }

    public BigDecimal tool(Tool tool) {
        return tools.get(tool);
    }

    /** Whether the office has any result for the year (ITA or not). */
    public boolean hasResults() {
        return results == Results.SCORED || results == Results.PARTLY_SCORED;
    }

    /** Whether the office has the year, so its dashboard can show it. */
    public boolean hasYear() {
        return results != Results.NO_YEAR;
    }
}
