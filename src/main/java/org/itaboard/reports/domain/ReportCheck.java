package org.itaboard.reports.domain;

import java.util.List;
import java.util.Optional;

/** What the office is told before it downloads a report: why it cannot be made, or what it lacks. */
public record ReportCheck(Optional<ReportMessage> refusal, List<ReportMessage> warnings) {

    public ReportCheck {
        warnings = List.copyOf(warnings);
    }

    public static ReportCheck refused(ReportMessage why) {
        return new ReportCheck(Optional.of(why), List.of());
    }

    public boolean isRefused() {
        return refusal.isPresent();
    }
}
