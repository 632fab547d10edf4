package org.itaboard.reports.domain;

import java.time.LocalDate;
import org.itaboard.base.domain.BuddhistDates;

/**
 * The two rounds the offices report on: the first six months of the fiscal year (October to March) and the whole
 * year (October to September). The annual report also states outcomes, problems and recommendations.
 */
public enum ReportPeriod {
    HALF_YEAR(6),
    FULL_YEAR(12);

    private final int months;

    ReportPeriod(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    public LocalDate start(int beFiscalYear) {
        return BuddhistDates.fiscalYearStart(beFiscalYear);
    }

    public LocalDate end(int beFiscalYear) {
        return start(beFiscalYear).plusMonths(months).minusDays(1);
    }

    /** The annual report: it states the outcome, the problems and the recommendations of each measure. */
    public boolean isAnnual() {
        return this == FULL_YEAR;
    }
}
