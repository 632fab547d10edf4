package org.itaboard.measures.service;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.service.ItemCrosswalkService;
import org.itaboard.measures.domain.MeasureRepository;
import org.itaboard.offices.domain.Office;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what {@link WeakItemMeasures.Matching} needs for the weak items of some years, of one office or of many, in
 * a fixed number of queries: the offices' measures from the earliest of those years on, with their items, and the
 * offices' crosswalk entries.
 */
@Component
class MeasureMatching {

    private final MeasureRepository measures;
    private final ItemCrosswalkService crosswalk;

    MeasureMatching(MeasureRepository measures, ItemCrosswalkService crosswalk) {
        this.measures = measures;
        this.crosswalk = crosswalk;
    }

    /** The matching of the weak items of {@code years}; the caller has checked the user may read their offices. */
    @Transactional(readOnly = true)
    WeakItemMeasures.Matching of(Collection<FiscalYear> years) {
        if (years.isEmpty()) {
            return new WeakItemMeasures.Matching(List.of(), List.of());
        }
        Map<Long, Office> offices = new LinkedHashMap<>();
        years.forEach(y -> offices.putIfAbsent(y.getOffice().getId(), y.getOffice()));
        int from = years.stream().mapToInt(FiscalYear::getBeYear).min().orElseThrow();
        return new WeakItemMeasures.Matching(measures.findByOfficeInFromBeYear(offices.values(), from),
                crosswalk.links(offices.values()));
    }
}
