package org.itaboard.oit.service;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.itaboard.oit.domain.ChecklistItem;
import org.itaboard.oit.domain.DisclosureStatus;

/** How far a year's checklist has come: items per status and the share published (published or verified). */
public record ChecklistProgress(Map<DisclosureStatus, Integer> counts, int total) {

    public static ChecklistProgress of(List<ChecklistItem> items) {
        Map<DisclosureStatus, Integer> counts = new EnumMap<>(DisclosureStatus.class);
        for (DisclosureStatus status : DisclosureStatus.values()) {
            counts.put(status, 0);
        }
        items.forEach(i -> counts.merge(i.getStatus(), 1, Integer::sum));
        return new ChecklistProgress(Map.copyOf(counts), items.size());
    }

    public int count(DisclosureStatus status) {
        return counts.getOrDefault(status, 0);
    }

    public int published() {
        return count(DisclosureStatus.PUBLISHED) + count(DisclosureStatus.VERIFIED);
    }

    /** Whole per cent published, rounded down (so 100 means every item). */
    public int percentPublished() {
        return total == 0 ? 0 : published() * 100 / total;
    }
}
