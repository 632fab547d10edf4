package org.itaboard.scoring.service.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * What importing a file would do, before anything is saved: every row and every error. A file is imported
 * only when the whole preview is valid.
 *
 * @param fileErrors errors of the file as a whole (unreadable, empty, a required column missing, year has scores)
 */
public record ImportPreview(int beYear, ImportKind kind, String fileName, List<ImportRow> rows,
                            List<ImportError> fileErrors) {

    public ImportPreview {
        rows = List.copyOf(rows);
        fileErrors = List.copyOf(fileErrors);
    }

    /** Every error of the file, the file's own first, then by row. */
    public List<ImportError> errors() {
        List<ImportError> all = new ArrayList<>(fileErrors);
        rows.forEach(r -> all.addAll(r.errors()));
        return all;
    }

    public boolean valid() {
        return fileErrors.isEmpty() && rows.stream().allMatch(ImportRow::valid) && !rows.isEmpty();
    }
}
