package org.itaboard.measures.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.itaboard.division.domain.Division;
import org.itaboard.measures.domain.Measure;
import org.itaboard.measures.domain.MeasureStatus;

/**
 * One fiscal year's measures as the executive dashboard shows them: how many in each status, the same per lead
 * division, and the late ones, most overdue first.
 *
 * @param beYear the fiscal year (Buddhist Era)
 * @param today the day lateness was judged on
 * @param measures all of the year's measures
 * @param weakItems the year's weak items (none before the year is scored)
 * @param uncoveredWeakItems how many of those no measure of that year or a later one addresses (see
 *        {@link WeakItemMeasures.Matching})
 */
public record MeasureOverview(int beYear, LocalDate today, List<Measure> measures, int weakItems, int uncoveredWeakItems) {

    /** Measures of one lead division ({@code null}: none chosen yet) by status. */
    public record LeadDivision(Division division, Map<MeasureStatus, Long> byStatus) {

        public long total() {
            return byStatus.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public MeasureOverview {
        measures = List.copyOf(measures);
    }

    /** Every status, in the order of the steps, with its count (zero included). */
    public Map<MeasureStatus, Long> byStatus() {
        return count(measures);
    }

    /** The lead divisions in the office's division order, those without a lead division last. */
    public List<LeadDivision> byLeadDivision() {
        Map<Division, List<Measure>> grouped = new LinkedHashMap<>();
        measures.stream()
                .sorted(Comparator.comparing(Measure::getLeadDivision, Comparator.nullsLast(
                        Comparator.comparingInt(Division::getSortOrder).thenComparing(Division::getNameTh))))
                .forEach(m -> grouped.computeIfAbsent(m.getLeadDivision(), d -> new ArrayList<>()).add(m));
        List<LeadDivision> result = new ArrayList<>();
        grouped.forEach((division, list) -> result.add(new LeadDivision(division, count(list))));
        return Collections.unmodifiableList(result);
    }

    /** The late measures, the one late for longest first. */
    public List<Measure> late() {
        return measures.stream().filter(m -> m.isLate(today))
                .sorted(Comparator.comparing((Measure m) -> m.overdueSince(today).orElseThrow()).thenComparing(Measure::getId))
                .toList();
    }

    private static Map<MeasureStatus, Long> count(List<Measure> list) {
        Map<MeasureStatus, Long> counts = new EnumMap<>(MeasureStatus.class);
        for (MeasureStatus status : MeasureStatus.values()) {
            counts.put(status, list.stream().filter(m -> m.getStatus() == status).count());
        }
        return Collections.unmodifiableMap(counts);
    }
}
