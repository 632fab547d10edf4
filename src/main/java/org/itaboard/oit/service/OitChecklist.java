package org.itaboard.oit.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.Item;

/** A year's OIT checklist, in catalogue order, with its progress. */
public record OitChecklist(FiscalYear year, List<ChecklistRow> rows, ChecklistProgress progress) {

    /** The rows under each sub-indicator ("9.1"; the indicator number for items without one), in catalogue order. */
    public Map<String, List<ChecklistRow>> bySubIndicator() {
        Map<String, List<ChecklistRow>> groups = new LinkedHashMap<>();
        rows.forEach(r -> groups.computeIfAbsent(groupOf(r.item()), k -> new java.util.ArrayList<>()).add(r));
        return groups;
    }

    private static String groupOf(Item item) {
        return item.getSubIndicator() != null ? item.getSubIndicator().getCode() : String.valueOf(item.getIndicator().getNumber());
    }
}
