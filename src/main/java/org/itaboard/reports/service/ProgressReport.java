package org.itaboard.reports.service;

import java.time.LocalDate;
import java.util.List;
import org.itaboard.reports.domain.ReportMessage;
import org.itaboard.reports.domain.ReportPeriod;

/** The content of a 6- or 12-month progress report, ready to be written as a workbook or a document. */
public record ProgressReport(String office, int beYear, ReportPeriod period, LocalDate from, LocalDate to,
                             LocalDate printedOn, List<ProgressRow> rows, List<ReportMessage> warnings) {

    public ProgressReport {
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }

    String title() {
        return ReportLabels.text("title." + period.name());
    }

    String subtitle() {
        return ReportLabels.text("subtitle", office, String.valueOf(beYear));
    }

    String periodLine() {
        return ReportLabels.text("period", org.itaboard.base.domain.BuddhistDates.formatLong(from),
                org.itaboard.base.domain.BuddhistDates.formatLong(to));
    }
}
