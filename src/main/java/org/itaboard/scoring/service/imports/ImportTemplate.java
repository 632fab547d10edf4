package org.itaboard.scoring.service.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The downloadable template: an .xlsx with Thai instructions and a "catalogue" and a "scores" sheet, and the
 * same examples as CSV. The examples are real items of Wang Thonglang FY 2565.
 */
final class ImportTemplate {

    private static final List<List<String>> CATALOGUE_EXAMPLES = List.of(
            List.of("I1", "IIT", "1", "", "ปฏิบัติงาน/ให้บริการตามขั้นตอนและระยะเวลาที่กำหนด",
                    "Staff serve per prescribed procedure and time"),
            List.of("E1", "EIT", "6", "", "ปฏิบัติงาน/ให้บริการโปร่งใสตามขั้นตอนและระยะเวลา",
                    "Service transparent per steps and time"),
            List.of("O1", "OIT", "9", "9.1.1", "โครงสร้างหน่วยงาน", "Organisation structure"));
    private static final List<List<String>> SCORE_EXAMPLES = List.of(
            List.of("I1", "100"),
            List.of("E1", "99.51"),
            List.of("O1", "100"),
            List.of("ITA", "96.15"));
    private static final List<String> INSTRUCTIONS = List.of(
            "แม่แบบนำเข้าข้อมูล ITA Board",
            "",
            "แผ่นงาน catalogue = รายการข้อคำถามของปีงบประมาณ (นำเข้าได้เฉพาะปีที่ยังไม่มีคะแนน และจะแทนที่รายการเดิมทั้งหมด)",
            "  code = รหัสข้อ เช่น I1, E15, O43 (รับเลขไทย และคำนำหน้า ๐ / 0 / O สำหรับ OIT)",
            "  tool = เครื่องมือ IIT, EIT หรือ OIT",
            "  indicator = ตัวชี้วัด 1–10 (IIT 1–5, EIT 6–8, OIT 9–10)",
            "  sub_indicator = ตัวชี้วัดย่อยของ OIT เช่น 9.4 หรือ 9.1.3 (เว้นว่างสำหรับ IIT และ EIT)",
            "  topic_th = ประเด็นภาษาไทย (ต้องกรอก), topic_en = ประเด็นภาษาอังกฤษ (ไม่บังคับ)",
            "",
            "แผ่นงาน scores = คะแนนของปีงบประมาณ (แทนที่คะแนนเดิมทั้งหมดของปีนั้น)",
            "  code = รหัสข้อในรายการของปีนั้น หรือคะแนนที่ประกาศ: ITA, IIT, EIT, OIT, IND1…IND10, SUB9.1…",
            "  score = คะแนน 0–100 (รับเลขไทย) เว้นว่าง = ยังไม่มีคะแนน",
            "",
            "หากมีแถวใดผิดแม้แถวเดียว ระบบจะไม่บันทึกข้อมูลใดจากไฟล์นั้นเลย และแสดงข้อผิดพลาดทุกแถวพร้อมคอลัมน์",
            "บันทึกไฟล์เป็น .xlsx หรือ .csv (UTF-8) แล้วนำเข้าที่หน้า \"นำเข้าข้อมูล\"");

    private ImportTemplate() {
    }

    static byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Sheet instructions = workbook.createSheet("คำแนะนำ");
            for (int i = 0; i < INSTRUCTIONS.size(); i++) {
                instructions.createRow(i).createCell(0).setCellValue(INSTRUCTIONS.get(i));
            }
            instructions.setColumnWidth(0, 120 * 256);
            sheet(workbook, ImportKind.CATALOGUE, CATALOGUE_EXAMPLES, header, text);
            sheet(workbook, ImportKind.SCORES, SCORE_EXAMPLES, header, text);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The examples of one kind as a UTF-8 CSV with a byte-order mark, so Excel opens the Thai text correctly. */
    static byte[] csv(ImportKind kind) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(String.join(",", kind.columns())).append("\r\n");
        for (List<String> example : examples(kind)) {
            csv.append(example.stream().map(ImportTemplate::quoted).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void sheet(XSSFWorkbook workbook, ImportKind kind, List<List<String>> examples, CellStyle header,
            CellStyle text) {
        Sheet sheet = workbook.createSheet(kind.sheetName());
        List<String> columns = kind.columns();
        Row head = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            // Text cells keep "9.10" and leading zeros as typed.
            sheet.setDefaultColumnStyle(c, text);
            head.createCell(c).setCellValue(columns.get(c));
            head.getCell(c).setCellStyle(header);
            sheet.setColumnWidth(c, (columns.get(c).startsWith("topic") ? 50 : 14) * 256);
        }
        for (int r = 0; r < examples.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < columns.size(); c++) {
                row.createCell(c).setCellValue(examples.get(r).get(c));
                row.getCell(c).setCellStyle(text);
            }
        }
    }

    private static List<List<String>> examples(ImportKind kind) {
        return kind == ImportKind.CATALOGUE ? CATALOGUE_EXAMPLES : SCORE_EXAMPLES;
    }

    private static String quoted(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
