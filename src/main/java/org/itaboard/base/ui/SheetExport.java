package org.itaboard.base.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An Excel file of what a grid shows. Rows are rendered to text while the UI is at hand, so the
 * download request itself needs neither the UI nor the translations. Every cell is written as text, never as a
 * formula: a value typed by a user (a measure's name, a username tried at the login page) that starts with
 * {@code =}, {@code +}, {@code -} or {@code @} stays text when the file is opened.
 */
public final class SheetExport {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private SheetExport() {
    }

    public static DownloadHandler handler(String fileName, String sheetName, List<String> headers, Supplier<List<List<String>>> rows) {
        return handler(fileName, sheetName, headers, List.of(60), rows);
    }

    /** @param widths the first columns' widths in characters; the others are 20 wide */
    public static DownloadHandler handler(String fileName, String sheetName, List<String> headers, List<Integer> widths,
            Supplier<List<List<String>>> rows) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] bytes = workbook(sheetName, headers, widths, rows.get());
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, XLSX, bytes.length);
        });
    }

    public static byte[] workbook(String sheetName, List<String> headers, List<Integer> widths, List<List<String>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(sheetName);
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                head.createCell(c).setCellValue(headers.get(c));
                head.getCell(c).setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c) == null ? "" : values.get(c));
                }
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < headers.size(); c++) {
                sheet.setColumnWidth(c, (c < widths.size() ? widths.get(c) : 20) * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
