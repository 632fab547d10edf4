package org.itaboard.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.measures.MeasureFixtures;
import org.itaboard.measures.domain.Measure;
import org.itaboard.reports.domain.ReportCheck;
import org.itaboard.reports.domain.ReportFormat;
import org.itaboard.reports.domain.ReportMessage;
import org.itaboard.reports.domain.ReportPeriod;
import org.itaboard.reports.service.ReportService;
import org.itaboard.test.PostgresTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * The progress reports and the analysis of year 2581 (results of 2580 before it), opened with POI as the office
 * would open them: the table, the Thai text, the BE period, the photos, the warnings; and who may have them.
 */
class ReportServiceTest extends PostgresTest {

    private static final String OFFICE = "สำนักงานเขตวังทองหลาง";

    @Autowired
    private ApplicationContext context;
    @Autowired
    private ReportService reports;

    private ReportFixtures fixtures;
    private MeasureFixtures.Year year;
    private Measure reported;
    private Measure silent;

    @BeforeEach
    void aYearWithOneMeasureReportedAndOneNot() {
        fixtures = new ReportFixtures(context);
        fixtures.measures().year(2580);
        year = fixtures.measures().year(2581);
        reported = fixtures.measures().measure(year, "อบรมเจ้าหน้าที่เรื่องขั้นตอนการให้บริการ", "ADMIN");
        silent = fixtures.measures().measure(year, "ประชาสัมพันธ์ช่องทางร้องเรียน", "ADMIN");
        fixtures.progress(reported, LocalDate.of(2037, 11, 15), "จัดอบรมแล้ว 1 ครั้ง ผู้เข้าร่วม 40 คน ที่ห้องประชุม", 40);
        fixtures.progress(reported, LocalDate.of(2038, 6, 1), "จัดอบรมครั้งที่ 2 หลังรอบ 6 เดือน", 80);
        fixtures.photo(reported, "ภาพการอบรม", ReportFixtures.jpeg(320, 240, Color.BLUE));
        fixtures.link(reported, "ข่าวการอบรมบนเว็บไซต์เขต", "https://webportal.bangkok.go.th/wangthonglang/news/1");
        fixtures.outcome(reported, "เจ้าหน้าที่ปฏิบัติตามขั้นตอนครบถ้วน ข้อร้องเรียนลดลง", "ผู้เข้าร่วมไม่ครบทุกฝ่าย", null);
    }

    @Test
    void halfYearWorkbookHasTheOfficesTableWithPhotosAndTheBePeriod() throws IOException {
        signInAs("COORDINATOR");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                write(ReportPeriod.HALF_YEAR, ReportFormat.XLSX)))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(text(sheet.getRow(0))).contains("รอบ 6 เดือน");
            assertThat(text(sheet.getRow(1))).isEqualTo(OFFICE + " ประจำปีงบประมาณ พ.ศ. 2581");
            assertThat(text(sheet.getRow(2))).isEqualTo("ตั้งแต่วันที่ 1 ตุลาคม 2580 ถึงวันที่ 31 มีนาคม 2581");
            assertThat(cells(sheet.getRow(4))).containsExactly("ประเด็นการประเมิน (คะแนน)",
                    "ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไข", "มาตรการ/กิจกรรม", "ผลการดำเนินการในรอบรายงาน",
                    "หลักฐาน/ภาพกิจกรรม", "ภาพกิจกรรม");
            assertThat(text(sheet.getRow(5))).isEqualTo("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)");
            assertThat(text(sheet.getRow(6))).isEqualTo("ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่");
            Row first = sheet.getRow(7);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("I2 ข้อ I2 (70.00 คะแนน)");
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo(reported.getTitle());
            assertThat(first.getCell(3).getStringCellValue())
                    .contains("15 พ.ย. 2580: จัดอบรมแล้ว 1 ครั้ง").doesNotContain("หลังรอบ 6 เดือน");
            assertThat(first.getCell(4).getStringCellValue()).contains("https://webportal.bangkok.go.th/wangthonglang/news/1");
            assertThat(sheet.getRow(8).getCell(2).getStringCellValue()).isEqualTo(silent.getTitle());
            assertThat(book.getFontAt(first.getCell(0).getCellStyle().getFontIndex()).getFontName()).isEqualTo("TH Sarabun New");
            List<XSSFPicture> pictures = sheet.getDrawingPatriarch().getShapes().stream()
                    .filter(XSSFPicture.class::isInstance).map(XSSFPicture.class::cast).toList();
            assertThat(pictures).hasSize(1);
            assertThat(pictures.get(0).getClientAnchor().getRow1()).isEqualTo(7);
            assertThat(pictures.get(0).getClientAnchor().getCol1()).isEqualTo((short) 5);
            assertThat(allText(sheet)).contains("ลงชื่อ", "ผู้อำนวยการเขต");
        }
    }

    @Test
    void annualDocumentAddsOutcomeProblemsAndRecommendationsAndWarnsWhatIsMissing() throws IOException {
        signInAs("EXECUTIVE");
        ReportCheck check = reports.check(year.year(), ReportPeriod.FULL_YEAR);
        assertThat(check.isRefused()).isFalse();
        assertThat(check.warnings()).extracting(ReportMessage::key).containsExactly("report.warning.noResult",
                "report.warning.noProblems", "report.warning.noRecommendations");
        assertThat(check.warnings().get(0).args()).containsExactly("1", silent.getTitle());
        assertThat(check.warnings().get(2).args()).containsExactly("2", reported.getTitle() + ", " + silent.getTitle());

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(write(ReportPeriod.FULL_YEAR, ReportFormat.DOCX)))) {
            String heading = doc.getParagraphs().stream().limit(3).map(p -> p.getText()).reduce("", (a, b) -> a + b + "\n");
            assertThat(heading).contains("รอบ 12 เดือน", OFFICE + " ประจำปีงบประมาณ พ.ศ. 2581",
                    "ตั้งแต่วันที่ 1 ตุลาคม 2580 ถึงวันที่ 30 กันยายน 2581");
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRow(0).getTableCells()).extracting(c -> c.getText()).containsExactly(
                    "ประเด็นการประเมิน (คะแนน)", "ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไข", "มาตรการ/กิจกรรม",
                    "ผลการดำเนินการในรอบรายงาน", "ผลลัพธ์หรือความสำเร็จของการดำเนินการ", "ปัญหา/อุปสรรค", "ข้อเสนอแนะ",
                    "หลักฐาน/ภาพกิจกรรม");
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(1).getTableCells()).hasSize(1);
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)");
            var row = table.getRow(3);
            assertThat(row.getCell(3).getText()).contains("15 พ.ย. 2580", "1 มิ.ย. 2581", "ความคืบหน้ารวม");
            assertThat(row.getCell(4).getText()).isEqualTo("เจ้าหน้าที่ปฏิบัติตามขั้นตอนครบถ้วน ข้อร้องเรียนลดลง");
            assertThat(row.getCell(5).getText()).isEqualTo("ผู้เข้าร่วมไม่ครบทุกฝ่าย");
            assertThat(row.getCell(7).getText()).contains("ข่าวการอบรมบนเว็บไซต์เขต");
            assertThat(doc.getAllPictures()).hasSize(1);
            assertThat(row.getCell(7).getParagraphs().get(1).getRuns().get(0).getEmbeddedPictures()).hasSize(1);
            XWPFRun run = row.getCell(2).getParagraphs().get(0).getRuns().get(0);
            assertThat(run.getFontFamily()).isEqualTo("TH Sarabun New");
            assertThat(run.getCTR().getRPr().getRFontsArray(0).getCs()).isEqualTo("TH Sarabun New");
            assertThat(doc.getTables().get(1).getText()).contains("ลงชื่อ", "ผู้อำนวยการเขต");
        }
    }

    @Test
    void aPeriodWithNothingReportedIsRefusedNamingWhatIsMissing() {
        MeasureFixtures.Year empty = fixtures.measures().year(2582);
        signInAs("COORDINATOR");
        ReportCheck none = reports.check(empty.year(), ReportPeriod.HALF_YEAR);
        assertThat(none.refusal()).contains(ReportMessage.of("report.error.noMeasures", "2582"));

        fixtures.measures().measure(empty, "มาตรการที่ยังไม่เริ่ม", "ADMIN");
        signInAs("COORDINATOR");
        assertThat(reports.check(empty.year(), ReportPeriod.HALF_YEAR).refusal()).contains(ReportMessage.of(
                "report.error.noProgress", "1 ตุลาคม 2581", "31 มีนาคม 2582", "1"));
        assertThatThrownBy(() -> reports.writeProgress(empty.year(), ReportPeriod.HALF_YEAR, ReportFormat.XLSX,
                new ByteArrayOutputStream())).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void officeReadersHaveTheReportsAndOtherOfficesAreRefused() {
        for (String role : List.of("EXECUTIVE", "COORDINATOR", "DIVISION_HEAD", "HR_OFFICER", "ADMIN", "BMA_ANALYST")) {
            signInAs(role);
            assertThat(reports.check(year.year(), ReportPeriod.HALF_YEAR).isRefused()).as(role).isFalse();
        }
        fixtures.measures().signIn("coordinator.nongchok");
        assertThatThrownBy(() -> reports.check(year.year(), ReportPeriod.HALF_YEAR)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.writeAnalysis(year.year(), ReportFormat.DOCX, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void analysisComparesWithTheYearBeforeAndListsTheWeakItemsWithTheirMeasures() throws IOException {
        signInAs("COORDINATOR");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.writeAnalysis(year.year(), ReportFormat.DOCX, out);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "report-samples"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "report-samples", "analysis.docx"), out.toByteArray());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(doc.getParagraphs().get(1).getText()).isEqualTo(OFFICE + " ประจำปีงบประมาณ พ.ศ. 2581 เทียบกับปี พ.ศ. 2580");
            List<XWPFTable> tables = doc.getTables();
            assertThat(tables.get(0).getRow(0).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("รายการ", "ปี 2581", "ปี 2580", "เพิ่ม/ลด");
            XWPFTable items = tables.get(2);
            assertThat(items.getRow(1).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("I1", "ข้อ I1", "60.00", "60.00", "0.00");
            String weak = tables.get(3).getText();
            assertThat(weak).contains("I2", reported.getTitle() + " (ปี 2581, ร่าง, ความคืบหน้า 0%)");
        }
    }

    @Test
    void pdfIsMadeByLibreOfficeWhereItIsInstalled() throws IOException {
        signInAs("COORDINATOR");
        assumeTrue(reports.pdfAvailable(), "LibreOffice (soffice) is not on PATH");
        byte[] pdf = write(ReportPeriod.HALF_YEAR, ReportFormat.PDF);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(5_000);
    }

    /** The report's bytes, also kept under target/report-samples for a person to open and look at. */
    private byte[] write(ReportPeriod period, ReportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.writeProgress(year.year(), period, format, out);
        java.nio.file.Path samples = java.nio.file.Path.of("target", "report-samples");
        java.nio.file.Files.createDirectories(samples);
        java.nio.file.Files.write(samples.resolve(period.name().toLowerCase() + "." + format.extension()), out.toByteArray());
        return out.toByteArray();
    }

    private static String text(Row row) {
        return row.getCell(0).getStringCellValue();
    }

    private static List<String> cells(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            texts.add(cell.getStringCellValue());
        }
        return texts;
    }

    private static String allText(XSSFSheet sheet) {
        StringBuilder all = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> all.append(cell.getStringCellValue()).append('\n')));
        return all.toString();
    }
}
