package org.itaboard.reports.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The Word side of the reports: an A4 document set in the Thai report font, with titles, bordered tables whose
 * header repeats on every page, heading rows across the table, photos in cells, and the signature block.
 */
final class WordDocument implements AutoCloseable {

    static final int TEXT_SIZE = 14;
    private static final int TITLE_SIZE = 16;

    private final XWPFDocument doc = new XWPFDocument();

    WordDocument(boolean landscape) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? 16838 : 11906));
        size.setH(BigInteger.valueOf(landscape ? 11906 : 16838));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1000));
        margins.setBottom(BigInteger.valueOf(1000));
        margins.setLeft(BigInteger.valueOf(900));
        margins.setRight(BigInteger.valueOf(900));
        defaultFonts();
    }

    /** A centred bold line of the heading. */
    void title(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        run(p, text, TITLE_SIZE, true);
    }

    void heading(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(200);
        run(p, text, TITLE_SIZE, true);
    }

    void paragraph(String text) {
        run(doc.createParagraph(), text, TEXT_SIZE, false);
    }

    /** A bordered full-width table with {@code headers} as its first row, repeated on each page. */
    XWPFTable table(List<String> headers) {
        XWPFTable table = doc.createTable(1, headers.size());
        table.setWidth("100%");
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int c = 0; c < headers.size(); c++) {
            XWPFTableCell cell = head.getCell(c);
            cell.setColor("D9D9D9");
            write(cell, headers.get(c), true);
        }
        return table;
    }

    /** A row of texts. */
    XWPFTableRow row(XWPFTable table, List<String> values) {
        XWPFTableRow row = table.createRow();
        for (int c = 0; c < values.size(); c++) {
            write(row.getCell(c), values.get(c), false);
        }
        return row;
    }

    /** A heading row across the whole table (a tool, an indicator). */
    void section(XWPFTable table, String text, int columns) {
        XWPFTableRow row = table.createRow();
        for (int c = columns - 1; c > 0; c--) {
            row.removeCell(c);
        }
        XWPFTableCell cell = row.getCell(0);
        cell.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(columns));
        cell.setColor("DCE6F2");
        write(cell, text, true);
        row.setCantSplitRow(true);
        row.setHeightRule(TableRowHeightRule.AUTO);
    }

    /** Text in a cell; line breaks become new lines in the same paragraph. */
    void write(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setSpacingAfter(0);
        run(p, text == null ? "" : text, TEXT_SIZE, bold);
    }

    /** Photos in a cell, each scaled into a square of {@code box} points, below its text. */
    void pictures(XWPFTableCell cell, List<byte[]> images, int box) {
        if (images.isEmpty()) {
            return;
        }
        XWPFParagraph p = cell.addParagraph();
        p.setSpacingAfter(0);
        for (byte[] image : images) {
            Optional<PhotoBox> fitted = PhotoBox.fit(image, box);
            if (fitted.isEmpty()) {
                continue;
            }
            XWPFRun r = p.createRun();
            try {
                r.addPicture(new ByteArrayInputStream(image), Document.PICTURE_TYPE_JPEG, "photo.jpg",
                        Units.toEMU(fitted.get().width()), Units.toEMU(fitted.get().height()));
            } catch (InvalidFormatException | IOException unreadable) {
                continue;
            }
            r.addTab();
        }
    }

    /** Two blocks side by side, ready to sign: who reports, and the director who approves. */
    void signatures() {
        doc.createParagraph();
        XWPFTable table = doc.createTable(5, 2);
        table.setWidth("100%");
        table.removeBorders();
        String[][] lines = {{"sign.line", "sign.line"}, {"sign.name", "sign.name"}, {"sign.position", "sign.position"},
                {"sign.prepared", "sign.approved"}, {"sign.date", "sign.date"}};
        for (int line = 0; line < lines.length; line++) {
            for (int side = 0; side < 2; side++) {
                XWPFTableCell cell = table.getRow(line).getCell(side);
                cell.getParagraphs().get(0).setAlignment(ParagraphAlignment.CENTER);
                write(cell, ReportLabels.text(lines[line][side]), false);
            }
        }
    }

    void write(OutputStream out) throws IOException {
        doc.write(out);
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }

    static XWPFRun run(XWPFParagraph p, String text, int points, boolean bold) {
        XWPFRun r = p.createRun();
        r.setFontFamily(ReportFont.NAME);
        r.setFontSize(points);
        r.setBold(bold);
        // Thai is complex script: Word and LibreOffice size and embolden it by szCs and bCs, which POI leaves unset.
        CTRPr properties = r.getCTR().getRPr();
        properties.addNewSzCs().setVal(BigInteger.valueOf(points * 2L));
        if (bold) {
            properties.addNewBCs();
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i]);
        }
        return r;
    }

    /** The report font as the document's default too, so what the office types into the file matches. */
    private void defaultFonts() {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(ReportFont.NAME);
        fonts.setHAnsi(ReportFont.NAME);
        fonts.setCs(ReportFont.NAME);
        fonts.setEastAsia(ReportFont.NAME);
        doc.createStyles().setDefaultFonts(fonts);
    }
}
