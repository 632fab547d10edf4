package org.itaboard.reports.service;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.itaboard.fiscalyear.domain.Tool;

/**
 * The progress report as a streamed workbook (a window of rows in memory): the office's table with a heading per
 * tool and indicator, the photos embedded as thumbnails in their own column, and the signature block below.
 */
final class ProgressWorkbook {

    /** Rows kept in memory while streaming; the rest is flushed to a temporary file. */
    private static final int WINDOW = 100;
    /** Rows whose thumbnails are read in one query. */
    static final int BATCH = 50;
    private static final int PHOTO_BOX = 96;
    private static final int PHOTOS_PER_LINE = 3;
    private static final int PHOTO_COLUMN_WIDTH = PHOTOS_PER_LINE * (PHOTO_BOX + 6) + 8;
    private static final int EMU_PER_PIXEL = 9525;

    private final ProgressReport report;
    private final ThumbnailSource thumbnails;
    private SXSSFWorkbook book;
    private Sheet sheet;
    private Drawing<?> drawing;
    private CellStyle titleStyle;
    private CellStyle headStyle;
    private CellStyle sectionStyle;
    private CellStyle cellStyle;
    private CellStyle plainStyle;
    private int next;

    ProgressWorkbook(ProgressReport report, ThumbnailSource thumbnails) {
        this.report = report;
        this.thumbnails = thumbnails;
    }

    void write(OutputStream out) throws IOException {
        book = new SXSSFWorkbook(WINDOW);
        try {
            styles();
            sheet = book.createSheet(report.period().isAnnual() ? "12 เดือน" : "6 เดือน");
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            drawing = sheet.createDrawingPatriarch();
            List<String> headers = headers();
            int photoColumn = headers.size() - 1;
            for (int c = 0; c < headers.size(); c++) {
                sheet.setColumnWidth(c, c == photoColumn ? (PHOTO_COLUMN_WIDTH * 256 / 7) : 28 * 256);
            }
            title(report.title(), headers.size());
            title(report.subtitle(), headers.size());
            title(report.periodLine(), headers.size());
            next++;
            Row head = sheet.createRow(next++);
            for (int c = 0; c < headers.size(); c++) {
                text(head, c, headers.get(c), headStyle);
            }
            sheet.createFreezePane(0, next);
            body(headers.size(), photoColumn);
            signatures(headers.size());
            book.write(out);
        } finally {
            book.dispose();
            book.close();
        }
    }

    private List<String> headers() {
        List<String> headers = new ArrayList<>(List.of(ReportLabels.text("col.assessment"), ReportLabels.text("col.weakness"),
                ReportLabels.text("col.measure"), ReportLabels.text("col.result")));
        if (report.period().isAnnual()) {
            headers.addAll(List.of(ReportLabels.text("col.outcome"), ReportLabels.text("col.problems"),
                    ReportLabels.text("col.recommendations")));
        }
        headers.add(ReportLabels.text("col.evidence"));
        headers.add(ReportLabels.text("col.photos"));
        return headers;
    }

    private void body(int columns, int photoColumn) {
        Tool tool = null;
        String indicator = null;
        List<ProgressRow> rows = report.rows();
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<ProgressRow> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            Map<Long, byte[]> photos = thumbnails.load(batch.stream().flatMap(r -> r.photoIds().stream()).toList());
            for (ProgressRow r : batch) {
                if (r.tool() != tool) {
                    tool = r.tool();
                    indicator = null;
                    section(tool == null ? ReportLabels.text("noItem") : ReportLabels.text("tool." + tool.name()), columns);
                }
                if (r.indicator() != null && !r.indicator().equals(indicator)) {
                    indicator = r.indicator();
                    section(indicator, columns);
                }
                measureRow(r, photos, photoColumn);
            }
        }
    }

    private void measureRow(ProgressRow r, Map<Long, byte[]> photos, int photoColumn) {
        int rowIndex = next++;
        Row row = sheet.createRow(rowIndex);
        List<String> values = new ArrayList<>(List.of(r.assessment(), r.weakness(), r.measure(), r.periodResult()));
        if (report.period().isAnnual()) {
            values.addAll(List.of(r.outcome(), r.problems(), r.recommendations()));
        }
        values.add(String.join("\n", r.evidence()));
        for (int c = 0; c < values.size(); c++) {
            text(row, c, values.get(c), cellStyle);
        }
        text(row, photoColumn, "", cellStyle);
        int longest = values.stream().mapToInt(v -> v == null ? 0 : v.length()).max().orElse(0);
        int textLines = Math.max(1, longest / 30 + (int) values.stream().filter(v -> v != null && v.contains("\n")).count());
        int placed = 0;
        for (Long id : r.photoIds()) {
            byte[] image = photos.get(id);
            if (image != null) {
                picture(image, photoColumn, rowIndex, placed++);
            }
        }
        int photoLines = (placed + PHOTOS_PER_LINE - 1) / PHOTOS_PER_LINE;
        float height = Math.max(textLines * 20f, photoLines * (PHOTO_BOX + 6) * 0.75f + 4);
        row.setHeightInPoints(Math.min(409f, height));
    }

    /** A thumbnail scaled into its box, placed left to right, three to a line, inside the photo cell. */
    private void picture(byte[] image, int column, int rowIndex, int position) {
        Optional<PhotoBox> fitted = PhotoBox.fit(image, PHOTO_BOX);
        if (fitted.isEmpty()) {
            return;
        }
        int width = fitted.get().width();
        int height = fitted.get().height();
        int x = 4 + (position % PHOTOS_PER_LINE) * (PHOTO_BOX + 6);
        int y = 2 + (position / PHOTOS_PER_LINE) * (PHOTO_BOX + 6);
        ClientAnchor anchor = book.getCreationHelper().createClientAnchor();
        anchor.setCol1(column);
        anchor.setCol2(column);
        anchor.setRow1(rowIndex);
        anchor.setRow2(rowIndex);
        anchor.setDx1(x * EMU_PER_PIXEL);
        anchor.setDy1(y * EMU_PER_PIXEL);
        anchor.setDx2((x + width) * EMU_PER_PIXEL);
        anchor.setDy2((y + height) * EMU_PER_PIXEL);
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_AND_RESIZE);
        drawing.createPicture(anchor, book.addPicture(image, Workbook.PICTURE_TYPE_JPEG));
    }

    private void title(String text, int columns) {
        Row row = sheet.createRow(next);
        text(row, 0, text, titleStyle);
        row.setHeightInPoints(24);
        sheet.addMergedRegion(new CellRangeAddress(next, next, 0, columns - 1));
        next++;
    }

    private void section(String text, int columns) {
        Row row = sheet.createRow(next);
        for (int c = 0; c < columns; c++) {
            text(row, c, c == 0 ? text : "", sectionStyle);
        }
        sheet.addMergedRegion(new CellRangeAddress(next, next, 0, columns - 1));
        next++;
    }

    /** Two signature blocks side by side: who reports, and the director who approves. */
    private void signatures(int columns) {
        next += 2;
        int right = Math.max(columns - 3, 2);
        String[][] blocks = {{ReportLabels.text("sign.line"), ReportLabels.text("sign.name"),
                ReportLabels.text("sign.position"), ReportLabels.text("sign.prepared"), ReportLabels.text("sign.date")},
                {ReportLabels.text("sign.line"), ReportLabels.text("sign.name"), ReportLabels.text("sign.position"),
                        ReportLabels.text("sign.approved"), ReportLabels.text("sign.date")}};
        for (int line = 0; line < blocks[0].length; line++) {
            Row row = sheet.createRow(next++);
            text(row, 1, blocks[0][line], plainStyle);
            text(row, right, blocks[1][line], plainStyle);
        }
        next++;
        text(sheet.createRow(next++), 0, ReportLabels.text("printed",
                org.itaboard.base.domain.BuddhistDates.formatLong(report.printedOn())), plainStyle);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style);
    }

    private void styles() {
        titleStyle = style(16, true, false);
        titleStyle.setAlignment(HorizontalAlignment.CENTER);
        headStyle = style(14, true, true);
        headStyle.setAlignment(HorizontalAlignment.CENTER);
        headStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        headStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        sectionStyle = style(14, true, true);
        sectionStyle.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
        sectionStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        cellStyle = style(14, false, true);
        plainStyle = style(14, false, false);
        plainStyle.setWrapText(false);
    }

    private CellStyle style(int points, boolean bold, boolean bordered) {
        Font font = book.createFont();
        font.setFontName(ReportFont.NAME);
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        CellStyle style = book.createCellStyle();
        style.setFont(font);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        if (bordered) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }
}
