package org.itaboard.scoring.service.imports;

import java.util.ArrayList;
import java.util.List;
import org.itaboard.scoring.service.ScoreReplacement;

/**
 * What importing a file would do, before anything is saved: every row checked and its errors. A file is
 * imported only when the whole preview is valid.
 *
 * @param fileErrors    errors of the file as a whole (unreadable, empty, a required column missing, year has scores)
 * @param uncheckedRows data rows left unchecked: checking stops at the row that brings the errors to
 *                      {@link #MAX_ERRORS}, so that a file of nonsense costs little work and a short answer
 * @param replacement   for a valid scores file, what it would change in the year's stored scores (the person
 *                      confirms that before the import)
 */
public record ImportPreview(int beYear, ImportKind kind, String fileName, List<ImportRow> rows,
                            List<ImportError> fileErrors, int uncheckedRows, ScoreReplacement replacement) {

    /** More than a real file ever has (a catalogue has under 200 rows); enough to correct a file in one go. */
    public static final int MAX_ERRORS = 200;

    public ImportPreview {
        rows = List.copyOf(rows);
        fileErrors = List.copyOf(fileErrors);
    }

    /** A preview of a file before it is compared with the year's stored scores. */
    public ImportPreview(int beYear, ImportKind kind, String fileName, List<ImportRow> rows, List<ImportError> fileErrors,
            int uncheckedRows) {
        this(beYear, kind, fileName, rows, fileErrors, uncheckedRows, ScoreReplacement.NONE);
    }

    ImportPreview withReplacement(ScoreReplacement compared) {
        return new ImportPreview(beYear, kind, fileName, rows, fileErrors, uncheckedRows, compared);
    }

    /** Every error found, the file's own first, then by row. */
    public List<ImportError> errors() {
        List<ImportError> all = new ArrayList<>(fileErrors);
        rows.forEach(r -> all.addAll(r.errors()));
        return all;
    }

    public boolean valid() {
        return fileErrors.isEmpty() && rows.stream().allMatch(ImportRow::valid) && !rows.isEmpty() && uncheckedRows == 0;
    }
}
