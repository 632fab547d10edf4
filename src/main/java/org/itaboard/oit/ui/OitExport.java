package org.itaboard.oit.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.itaboard.oit.service.ChecklistRow;
import org.itaboard.oit.service.OitChecklist;

/**
 * The item/URL list in the shape the NACC's system asks for: one row per OIT item with its code, its topic and its
 * URLs one per column (as many URL columns as the item with the most URLs needs, at least one).
 */
final class OitExport {

    private OitExport() {
    }

    static List<String> headers(OitChecklist checklist, String code, String item, IntFunction<String> urlHeader) {
        List<String> headers = new ArrayList<>(List.of(code, item));
        for (int i = 1; i <= urlColumns(checklist); i++) {
            headers.add(urlHeader.apply(i));
        }
        return headers;
    }

    static List<List<String>> rows(OitChecklist checklist) {
        List<List<String>> rows = new ArrayList<>();
        for (ChecklistRow row : checklist.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.item().getCode(), row.item().getTopicTh()));
            cells.addAll(row.entry().addresses());
            rows.add(cells);
        }
        return rows;
    }

    private static int urlColumns(OitChecklist checklist) {
        return Math.max(1, checklist.rows().stream().mapToInt(r -> r.entry().addresses().size()).max().orElse(0));
    }
}
