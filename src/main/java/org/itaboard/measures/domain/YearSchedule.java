package org.itaboard.measures.domain;

import java.time.LocalDate;

/** The schedule of one measure with its fiscal year's id: what the offices overview counts late measures on. */
public record YearSchedule(Long fiscalYearId, MeasureSchedule schedule) {

    /** The row of {@link MeasureRepository#findSchedules}. */
    public YearSchedule(Long fiscalYearId, MeasureStatus status, Frequency frequency, LocalDate startDate,
            LocalDate dueDate, LocalDate lastUpdateOn, Integer progress) {
        this(fiscalYearId, new MeasureSchedule(status, frequency, startDate, dueDate, lastUpdateOn, progress));
    }
}
