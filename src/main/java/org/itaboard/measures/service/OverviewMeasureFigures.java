package org.itaboard.measures.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.itaboard.dashboard.service.MeasureFigures;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.fiscalyear.domain.ItemRepository;
import org.itaboard.offices.service.OfficeAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measures' figures of the offices overview: one year of every office at once, in a fixed number of queries
 * (the years' items, the offices' measures from that year on, their crosswalk entries), with weak items matched to
 * measures as on the weak items page ({@link WeakItemMeasures.Matching}).
 */
@Component
class OverviewMeasureFigures implements MeasureFigures {

    private final MeasureMatching matchings;
    private final ItemRepository items;
    private final OfficeAccess offices;
    private final Clock clock;

    OverviewMeasureFigures(MeasureMatching matchings, ItemRepository items, OfficeAccess offices, Clock clock) {
        this.matchings = matchings;
        this.items = items;
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
        WeakItemMeasures.Matching matching = matchings.of(weakItemCodes.keySet());
        Map<Long, Map<String, Item>> itemsByYear = new HashMap<>();
        if (weakItemCodes.values().stream().anyMatch(codes -> !codes.isEmpty())) {
            items.findByFiscalYearIn(weakItemCodes.keySet()).forEach(i -> itemsByYear.computeIfAbsent(
                    i.getFiscalYear().getId(), id -> new HashMap<>()).put(i.getCode(), i));
        }
        Map<Long, Figures> figures = new LinkedHashMap<>();
        weakItemCodes.forEach((year, codes) -> {
            Map<String, Item> ofYear = itemsByYear.getOrDefault(year.getId(), Map.of());
            int withoutMeasure = (int) codes.stream().distinct()
                    .filter(code -> matching.addressing(year, ofYear.get(code)).isEmpty()).count();
            int late = (int) matching.ofYear(year).stream().filter(m -> m.isLate(today)).count();
            figures.put(year.getId(), new Figures(withoutMeasure, late));
        });
        return figures;
    }
}
