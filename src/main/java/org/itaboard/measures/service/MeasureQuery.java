package org.itaboard.measures.service;

import org.itaboard.division.domain.Division;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.measures.domain.MeasureStatus;

/**
 * Filters of a year's measure list; a null field other than the year does not filter. {@code itemCode}
 * matches any linked item.
 */
public record MeasureQuery(FiscalYear year, String itemCode, Division division, MeasureStatus status, boolean lateOnly) {

    public static MeasureQuery all(FiscalYear year) {
        return new MeasureQuery(year, null, null, null, false);
    }
}
