package org.itaboard.measures.domain;

import java.time.LocalDate;
import java.util.Optional;

/** How often a measure reports progress, as the offices' tables write it ("ทุกเดือน", "ทุก ๖ เดือน"...). */
public enum Frequency {
    MONTHLY(1),
    QUARTERLY(3),
    SEMI_ANNUAL(6),
    YEARLY(12),
    ON_CHANGE(0),
    ONCE(0);

    private final int months;

    Frequency(int months) {
        this.months = months;
    }

    /** The date the next report is due after {@code last}; none for event-driven and one-off measures. */
    public Optional<LocalDate> nextAfter(LocalDate last) {
        return months == 0 || last == null ? Optional.empty() : Optional.of(last.plusMonths(months));
    }
}
