package org.itaboard.scoring.service.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.itaboard.scoring.service.imports.SheetReader.SheetRow;

/**
 * The header row of a file: where each known column is. Header names are matched without regard to case,
 * surrounding spaces, or spaces and hyphens for underscores ("Topic TH" is topic_th); other columns are ignored.
 */
final class FileLayout {

    private final Map<String, Integer> positions = new HashMap<>();
    private final List<ImportError> errors = new ArrayList<>();
    private final List<SheetRow> dataRows;

    private FileLayout(List<SheetRow> rows, List<String> required) {
        if (rows.isEmpty()) {
            errors.add(ImportError.ofFile("import.error.empty"));
            dataRows = List.of();
            return;
        }
        SheetRow header = rows.get(0);
        for (int c = 0; c < header.cells().size(); c++) {
            positions.putIfAbsent(normalise(header.cells().get(c)), c);
        }
        for (String column : required) {
            if (!positions.containsKey(column)) {
                errors.add(new ImportError(header.number(), column, ImportMessage.of("import.error.missingColumn", column)));
            }
        }
        dataRows = rows.subList(1, rows.size());
        if (dataRows.isEmpty() && errors.isEmpty()) {
            errors.add(ImportError.ofFile("import.error.noRows"));
        }
    }

    static FileLayout of(List<SheetRow> rows, List<String> required) {
        return new FileLayout(rows, required);
    }

    /** Errors of the header; when there are any, the data rows are not worth checking. */
    List<ImportError> errors() {
        return errors;
    }

    List<SheetRow> dataRows() {
        return errors.isEmpty() ? dataRows : List.of();
    }

    /** The cell of {@code column} in {@code row}, stripped; "" when the column is absent. */
    String cell(SheetRow row, String column) {
        Integer position = positions.get(column);
        return position == null ? "" : row.cell(position).strip();
    }

    private static String normalise(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }
}
