package org.itaboard.base.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.itaboard.base.domain.BuddhistDates;

/**
 * The one Excel export of the application: a table of columns (header, value of a row) over rows, written as a
 * streamed .xlsx. Pages with a grid use {@link GridExport}, which takes the grid's visible columns and the rows it
 * shows; a page without a grid passes its columns and rows here directly.
 *
 * <p>Formula-safe: text is always written as a text cell (never as a formula), and text that a spreadsheet would
 * read as a formula when retyped ({@code = + - @}) is marked quote-prefixed, as Excel itself does for such text.
 * Numbers stay numbers, dates are written as BE dates.
 */
public final class SheetExport {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int ROWS_IN_MEMORY = 200;

    /** A column of the sheet: its header and the value it shows for a row (null for an empty cell). */
    public record Column<T>(String header, Function<? super T, ?> value) {
    }

    /** What is exported: the columns and the rows, taken when the user clicked. */
    public record Table<T>(String sheetName, List<Column<T>> columns, List<T> rows) {
    }

    private SheetExport() {
    }

    /**
     * A download of {@code table}, read while holding the page's UI (so values may use translations and
     * the page's state) and then written outside it.
     */
    public static <T> DownloadHandler handler(String fileName, Supplier<Table<T>> table) {
        return event -> {
            @SuppressWarnings("unchecked")
            Table<T>[] taken = new Table[1];
            List<List<Object>>[] values = new List[1];
            event.getUI().accessSynchronously(() -> {
                taken[0] = table.get();
                values[0] = valuesOf(taken[0]);
            });
            event.setFileName(fileName);
            event.setContentType(XLSX);
            try (OutputStream out = event.getOutputStream()) {
                write(taken[0].sheetName(), taken[0].columns().stream().map(Column::header).toList(), values[0], out);
            }
        };
    }

    /** Writes {@code table} as an .xlsx to {@code out}. */
    public static <T> void write(Table<T> table, OutputStream out) throws IOException {
        write(table.sheetName(), table.columns().stream().map(Column::header).toList(), valuesOf(table), out);
    }

    private static <T> List<List<Object>> valuesOf(Table<T> table) {
        return table.rows().stream()
                .map(row -> table.columns().stream().map(c -> (Object) c.value().apply(row)).toList())
                .toList();
    }

    private static void write(String sheetName, List<String> headers, List<List<Object>> rows, OutputStream out)
            throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            Sheet sheet = book.createSheet(safeSheetName(sheetName));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle quoted = book.createCellStyle();
            quoted.setQuotePrefixed(true);
            Row head = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = head.createCell(c);
                setText(cell, headers.get(c), quoted);
                cell.setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    setValue(row.createCell(c), values.get(c), quoted);
                }
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < headers.size(); c++) {
                sheet.setColumnWidth(c, Math.min(60, Math.max(12, headers.get(c).length() + 4)) * 256);
            }
            if (!headers.isEmpty()) {
                sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, rows.size(), 0, headers.size() - 1));
            }
            book.write(out);
        } finally {
            book.dispose();
            book.close();
        }
    }

    private static void setValue(Cell cell, Object value, CellStyle quoted) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(BuddhistDates.format(d));
        } else {
            setText(cell, value.toString(), quoted);
        }
    }

    private static void setText(Cell cell, String text, CellStyle quoted) {
        cell.setCellValue(text);
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            cell.setCellStyle(quoted);
        }
    }

    /** Excel refuses sheet names over 31 characters or with {@code []:*?/\}. */
    private static String safeSheetName(String name) {
        String cleaned = name.replaceAll("[\\[\\]:*?/\\\\]", " ").trim();
        return cleaned.isEmpty() ? "Sheet1" : cleaned.substring(0, Math.min(31, cleaned.length()));
    }
}
