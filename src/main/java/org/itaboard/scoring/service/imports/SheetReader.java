package org.itaboard.scoring.service.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.itaboard.base.domain.Csv;

/**
 * Reads an uploaded .xlsx (Apache POI) or .csv (UTF-8, with or without byte-order mark) into rows of text
 * cells, numbered as a spreadsheet numbers them. Anything else, or a file that only pretends to be one of
 * them, is refused with a message rather than an exception trace.
 */
final class SheetReader {

    /** Larger than any real catalogue (under 200 rows) by far, small enough to keep in memory. */
    static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private SheetReader() {
    }

    /** A non-blank row with its spreadsheet row number (the header is row 1 in a normal file). */
    record SheetRow(int number, List<String> cells) {

        String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }
    }

    /** Thrown with the message to show when a file cannot be read at all. */
    static final class UnreadableFileException extends Exception {
        private final transient ImportMessage reason;

        UnreadableFileException(String key, Object... args) {
            super(key);
            this.reason = ImportMessage.of(key, args);
        }

        ImportMessage reason() {
            return reason;
        }
    }

    /**
     * @param sheetName the sheet to read when an .xlsx has one of that name; otherwise the first sheet is read
     * @return the non-blank rows, header first
     */
    static List<SheetRow> read(String fileName, byte[] content, String sheetName) throws UnreadableFileException {
        if (content == null || content.length == 0) {
            throw new UnreadableFileException("import.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new UnreadableFileException("import.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return readExcel(content, sheetName);
        }
        if (name.endsWith(".csv")) {
            return readCsv(content);
        }
        if (name.endsWith(".xls")) {
            throw new UnreadableFileException("import.error.oldExcel");
        }
        throw new UnreadableFileException("import.error.fileType", fileName);
    }

    /** Decodes UTF-8 strictly, so a TIS-620 or binary file is refused instead of read as garbage. */
    static String decodeUtf8(byte[] content) throws UnreadableFileException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException("import.error.notUtf8");
        }
    }

    static List<SheetRow> readCsv(byte[] content) throws UnreadableFileException {
        String text = decodeUtf8(content);
        if (text.indexOf('\0') >= 0) {
            throw new UnreadableFileException("import.error.notCsv");
        }
        List<List<String>> records;
        try {
            records = Csv.parse(new StringReader(text));
        } catch (IllegalArgumentException e) {
            throw new UnreadableFileException("import.error.csvSyntax", e.getMessage());
        }
        List<SheetRow> rows = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            List<String> cells = records.get(i);
            if (cells.stream().anyMatch(c -> !c.isBlank())) {
                rows.add(new SheetRow(i + 1, cells));
            }
        }
        return rows;
    }

    private static List<SheetRow> readExcel(byte[] content, String sheetName) throws UnreadableFileException {
        if (startsWith(content, OLE2)) {
            throw new UnreadableFileException("import.error.oldExcel");
        }
        if (!startsWith(content, ZIP)) {
            throw new UnreadableFileException("import.error.notExcel");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new UnreadableFileException("import.error.empty");
            }
            Sheet sheet = workbook.getSheet(sheetName);
            if (sheet == null) {
                sheet = workbook.getSheetAt(0);
            }
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<SheetRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
                if (cells.stream().anyMatch(s -> !s.isBlank())) {
                    rows.add(new SheetRow(row.getRowNum() + 1, cells));
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            // POI reports a zip that is not a workbook with a variety of runtime exceptions.
            throw new UnreadableFileException("import.error.notExcel");
        }
    }

    /**
     * Numbers as entered, not as displayed: a score of 95.655 formatted "0.00" must not arrive as 95.66.
     * Formulas give their cached value.
     */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? formatter.formatCellValue(cell)
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
