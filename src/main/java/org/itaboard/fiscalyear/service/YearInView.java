package org.itaboard.fiscalyear.service;

import java.util.List;
import java.util.Optional;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.offices.domain.Office;

/**
 * "This office, this year": what a page shows, resolved once and passed down. {@code year} is empty
 * only while the office has no fiscal year to show; {@code years} are all of the office's years,
 * oldest first, for the year selector.
 */
public record YearInView(Office office, Optional<FiscalYear> year, List<FiscalYear> years) {

    /** The year, for pages that cannot do without one. */
    public FiscalYear requireYear() {
        return year.orElseThrow();
    }
}
