package org.itaboard.reports.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.itaboard.measures.service.WeakItemMeasures;
import org.itaboard.scoring.service.YearScores;

/** What the ITA analysis shows: the year's scores, the previous year's where there are any, the weak items. */
record ItaAnalysis(String office, YearScores current, Optional<YearScores> previous, List<WeakItemMeasures> weakItems,
                   LocalDate printedOn) {
}
