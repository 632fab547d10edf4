package org.itaboard.measures.service;

import org.itaboard.division.domain.Division;
import org.itaboard.measures.domain.MeasureStatus;

/** Filters of the measure list; a null field does not filter. {@code itemCode} matches any linked item. */
public record MeasureQuery(Integer beYear, String itemCode, Division division, MeasureStatus status, boolean lateOnly) {

    public static MeasureQuery all() {
        return new MeasureQuery(null, null, null, null, false);
    }
}
