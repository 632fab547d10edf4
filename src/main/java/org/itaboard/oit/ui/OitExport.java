package org.itaboard.oit.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.itaboard.base.ui.SheetExport;
import org.itaboard.oit.service.ChecklistRow;
import org.itaboard.oit.service.OitChecklist;

/**
 * The item/URL list in the shape the NACC's system asks for: one row per OIT item with its code, its topic and its
 * URLs one per column (as many URL columns as the item with the most URLs needs, at least one).
 */
final class OitExport {

    private OitExport() {
    }

    static SheetExport.Table<ChecklistRow> table(OitChecklist checklist, String sheetName, String code, String item,
            IntFunction<String> urlHeader) {
        List<SheetExport.Column<ChecklistRow>> columns = new ArrayList<>(List.of(
                new SheetExport.Column<>(code, row -> row.item().getCode()),
                new SheetExport.Column<>(item, row -> row.item().getTopicTh())));
        for (int i = 0; i < urlColumns(checklist); i++) {
            int n = i;
            columns.add(new SheetExport.Column<>(urlHeader.apply(n + 1),
                    row -> n < row.entry().addresses().size() ? row.entry().addresses().get(n) : null));
        }
        return new SheetExport.Table<>(sheetName, columns, checklist.rows());
    }

    private static int urlColumns(OitChecklist checklist) {
        return Math.max(1, checklist.rows().stream().mapToInt(r -> r.entry().addresses().size()).max().orElse(0));
    }
}
