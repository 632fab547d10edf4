package org.itaboard.measures.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.itaboard.dashboard.service.MeasureFigures;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.measures.domain.Measure;
import org.itaboard.measures.domain.MeasureRepository;
import org.itaboard.offices.service.OfficeAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measures' figures of the offices overview: one year of every office at once, from one query for the
 * measures (their items follow in batches), with weak items matched to measures as on the weak items page.
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
        weakItemCodes.keySet().forEach(year -> offices.requireRead(year.getOffice()));
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<Measure>> byYear = new HashMap<>();
        measures.findByFiscalYearInOrderByIdAsc(weakItemCodes.keySet()).forEach(m -> byYear.computeIfAbsent(
                m.getFiscalYear().getId(), id -> new ArrayList<>()).add(m));
        Map<Long, Figures> figures = new LinkedHashMap<>();
        weakItemCodes.forEach((year, codes) -> {
            List<Measure> ofYear = byYear.getOrDefault(year.getId(), List.of());
            Map<String, List<Measure>> byItem = WeakItemMeasures.byItemCode(ofYear);
            int withoutMeasure = (int) codes.stream().distinct().filter(code -> !byItem.containsKey(code)).count();
            int late = (int) ofYear.stream().filter(m -> m.isLate(today)).count();
            figures.put(year.getId(), new Figures(withoutMeasure, late));
        });
        return figures;
    }
}
