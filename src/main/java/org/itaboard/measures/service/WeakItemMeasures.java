package org.itaboard.measures.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.fiscalyear.domain.ItemCrosswalk;
import org.itaboard.fiscalyear.domain.SameItems;
import org.itaboard.measures.domain.Measure;
import org.itaboard.scoring.domain.WeakItem;

/**
 * A weak item of the year with the measures that address it, of its own year or a later one (none yet, maybe), and
 * the crosswalk entries that link it to items of later years.
 *
 * @param measures oldest year first, then in the order they were created
 * @param links the entries from this item to items of later years, oldest first
 */
public record WeakItemMeasures(WeakItem weak, Item item, List<Measure> measures, List<ItemCrosswalk> links) {

    public WeakItemMeasures {
        measures = List.copyOf(measures);
        links = List.copyOf(links);
    }

    /** No measure of any year addresses the item. */
    public boolean uncovered() {
        return measures.isEmpty();
    }

    /**
     * Which measures address which weak items: the one definition, used by the weak items page, the dashboard's
     * count and the offices overview. A measure addresses a weak item of year Y when it is of the same office, of
     * year Y or a later one (the plan years that follow the results, up to today's fiscal year and beyond), and
     * links an item that is the same item ({@link SameItems}: same code and topic, or the coordinator's crosswalk).
     */
    static final class Matching {

        private static final Comparator<Measure> OLDEST_YEAR_FIRST = Comparator
                .comparingInt((Measure m) -> m.getFiscalYear().getBeYear()).thenComparing(Measure::getId);

        private final Map<Long, List<Measure>> measuresByOffice = new HashMap<>();
        private final Map<Long, List<ItemCrosswalk>> linksByOffice = new HashMap<>();
        private final Map<Long, SameItems> sameItemsByOffice = new HashMap<>();

        /**
         * @param measures the measures of the offices' years from the earliest weak items' year on
         * @param links the crosswalk entries of the offices
         */
        Matching(Collection<Measure> measures, Collection<ItemCrosswalk> links) {
            measures.stream().sorted(OLDEST_YEAR_FIRST).forEach(m -> measuresByOffice.computeIfAbsent(
                    m.getFiscalYear().getOffice().getId(), id -> new ArrayList<>()).add(m));
            links.forEach(l -> linksByOffice.computeIfAbsent(l.getFrom().getFiscalYear().getOffice().getId(),
                    id -> new ArrayList<>()).add(l));
        }

        /** The measures addressing {@code weak}, an item of {@code year}; none for an item the catalogue lacks. */
        List<Measure> addressing(FiscalYear year, Item weak) {
            if (weak == null) {
                return List.of();
            }
            Long office = year.getOffice().getId();
            var same = sameItemsByOffice.computeIfAbsent(office,
                    id -> new SameItems(linksByOffice.getOrDefault(id, List.of()))).as(weak, year.getBeYear());
            return measuresByOffice.getOrDefault(office, List.of()).stream()
                    .filter(m -> m.getFiscalYear().getBeYear() >= year.getBeYear())
                    .filter(m -> m.getItems().stream().anyMatch(same))
                    .toList();
        }

        /** The measures of {@code year} itself. */
        List<Measure> ofYear(FiscalYear year) {
            return measuresByOffice.getOrDefault(year.getOffice().getId(), List.of()).stream()
                    .filter(m -> m.getFiscalYear().getId().equals(year.getId())).toList();
        }

        /** The crosswalk entries from {@code item} to items of later years. */
        List<ItemCrosswalk> linksFrom(FiscalYear year, Item item) {
            if (item == null) {
                return List.of();
            }
            return linksByOffice.getOrDefault(year.getOffice().getId(), List.of()).stream()
                    .filter(l -> l.getFrom().getId().equals(item.getId())).toList();
        }
    }
}
