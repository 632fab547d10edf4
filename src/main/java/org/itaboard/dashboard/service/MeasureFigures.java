package org.itaboard.dashboard.service;

import java.util.Collection;
import java.util.Map;
import org.itaboard.fiscalyear.domain.FiscalYear;

/**
 * What the offices overview shows of each office's measures, supplied by the measures feature: the dashboard
 * knows no feature (the same idea as {@code dashboard.ui.DashboardSection} on screen), so the measures slice
 * depends on the dashboard and never the other way round.
 */
public interface MeasureFigures {

    /**
     * For each year, by id: how many of its weak items no measure of that year or a later one addresses
     * (matched as the weak items page matches them) and how many of its measures are late today.
     *
     * @param weakItemCodes each year with the codes of its weak items (none for a year without results)
     */
    Map<Long, Figures> of(Map<FiscalYear, ? extends Collection<String>> weakItemCodes);

    /** One year's figures; zero means none, since the year exists. */
    record Figures(int weakItemsWithoutMeasure, int lateMeasures) {
    }
}
