package org.itaboard.scoring.service.imports;

import java.util.List;
import java.util.Objects;

/**
 * One data row of a file as the preview shows it: every value as read beside the value that will be saved.
 *
 * @param rawCode   the code as written in the file
 * @param code      the canonical code, or null when it could not be read
 * @param codeNotes what normalising changed ("Thai digits → Arabic", "OIT prefix ๐ → O")
 * @param cells     the other columns
 */
public record ImportRow(int row, String rawCode, String code, List<ImportMessage> codeNotes, List<Cell> cells,
                        List<ImportError> errors) {

    public ImportRow {
        codeNotes = List.copyOf(codeNotes);
        cells = List.copyOf(cells);
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public boolean codeChanged() {
        return code != null && !code.equals(rawCode);
    }

    /** The value of a column as it will be saved (null when not readable). */
    public String value(String column) {
        return cells.stream().filter(c -> c.column().equals(column)).map(Cell::value).findFirst().orElse(null);
    }

    /** A value as read ({@code raw}) and as it will be saved ({@code value}, null when it could not be read). */
    public record Cell(String column, String raw, String value) {

        public boolean changed() {
            return value != null && !Objects.equals(raw, value);
        }
    }
}
