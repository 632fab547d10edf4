package org.itaboard.scoring.service.imports;

/**
 * Why a file cannot be imported, placed where the user can find it.
 *
 * @param row    spreadsheet row number (the header is row 1), or 0 for the whole file
 * @param column the column's header name, or null when the error concerns the whole row or file
 */
public record ImportError(int row, String column, ImportMessage message) {

    public static final int WHOLE_FILE = 0;

    public static ImportError ofFile(String key, Object... args) {
        return new ImportError(WHOLE_FILE, null, ImportMessage.of(key, args));
    }
}
