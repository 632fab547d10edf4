package org.itaboard.measures.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.itaboard.dashboard.service.MeasureFigures;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.measures.domain.MeasureRepository;
import org.itaboard.measures.domain.MeasureSchedule;
import org.itaboard.offices.service.OfficeAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measures' figures of the offices overview: one year of every office at once, in two queries however many
 * offices and measures there are (the codes of the items the measures link, and the schedules of those under way),
 * with weak items matched to measures as on the weak items page and lateness judged by the measures' own rule.
 */
@Component
class OverviewMeasureFigures implements MeasureFigures {

    private final MeasureRepository measures;
    private final OfficeAccess offices;
    private final Clock clock;

    OverviewMeasureFigures(MeasureRepository measures, OfficeAccess offices, Clock clock) {
        this.measures = measures;
        this.offices = offices;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, Figures> of(Map<FiscalYear, ? extends Collection<String>> weakItemCodes) {
        if (weakItemCodes.isEmpty()) {
            return Map.of();
        }
        weakItemCodes.keySet().stream().map(FiscalYear::getOffice).distinct().forEach(offices::requireRead);
        LocalDate today = LocalDate.now(clock);
        Map<Long, Set<String>> linked = new HashMap<>();
        measures.findLinkedItemCodes(weakItemCodes.keySet()).forEach(l -> linked.computeIfAbsent(l.fiscalYearId(),
                id -> new HashSet<>()).add(l.code()));
        Map<Long, Integer> late = new HashMap<>();
        measures.findSchedules(weakItemCodes.keySet(), MeasureSchedule.UNDER_WAY).stream()
                .filter(s -> s.schedule().isLate(today))
                .forEach(s -> late.merge(s.fiscalYearId(), 1, Integer::sum));
        Map<Long, Figures> figures = new LinkedHashMap<>();
        weakItemCodes.forEach((year, codes) -> {
            Set<String> addressed = linked.getOrDefault(year.getId(), Set.of());
            int withoutMeasure = (int) codes.stream().distinct().filter(code -> !addressed.contains(code)).count();
            figures.put(year.getId(), new Figures(withoutMeasure, late.getOrDefault(year.getId(), 0)));
        });
        return figures;
    }
}
