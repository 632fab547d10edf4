package org.itaboard.scoring.service.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.itaboard.base.domain.Csv;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.service.FiscalYearService;
import org.itaboard.fiscalyear.domain.GradeScheme;

/** Files for the import tests, built from the real offices' CSVs in src/test/resources/golden. */
public final class ImportFixtures {

    /** The messy codes of the seeds: Thai digits, Thai ๐ and ASCII 0 and Latin O prefixes, OCR's 1 for i. */
    public static final String MESSY_CATALOGUE = """
            code,tool,indicator,sub_indicator,topic_th,topic_en
            1๑๐,IIT,1,,ปฏิบัติงานตามขั้นตอน,Follows procedure
            i2,IIT,๑,,ให้บริการเท่าเทียมกัน,Equal service
            E๑,EIT,6,,โปร่งใส,Transparent
            0๒,OIT,9,9.1,ผู้บริหาร,Executives
            ๐๑๓,OIT,9,๙.๒.๓,คู่มือการให้บริการ,Service manual
            O๘,OIT,10,10.1,แผนปฏิบัติการ,Action plan
            """;

    private ImportFixtures() {
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Creates the first free fiscal year counting down from 2700, so tests never meet each other's years. */
    public static FiscalYear freeYear(FiscalYearService years) {
        for (int be = 2700; be > 2560; be--) {
            FiscalYear year = new FiscalYear(null, be); // the signed-in coordinator's office
            year.setGradeScheme(GradeScheme.SEVEN_GRADES);
            try {
                return years.save(year);
            } catch (org.itaboard.base.service.BusinessRuleException taken) {
                // that year exists already in the office: try the one before
            }
        }
        throw new IllegalStateException("No free fiscal year left");
    }

    /** Wang Thonglang FY 2565: all 88 items as a catalogue CSV. */
    public static String wangThonglangCatalogue() {
        return "code,tool,indicator,sub_indicator,topic_th,topic_en\n" + golden("wangthonglang-2565-items.csv").stream()
                .filter(r -> r.get("fy_be").equals("2565"))
                .map(r -> csvLine(r.get("code"), r.get("tool"), r.get("indicator"), r.get("sub_indicator"),
                        r.get("thai_short_topic"), r.get("english_gloss")))
                .collect(Collectors.joining());
    }

    /** Wang Thonglang FY 2565: every item score and every printed aggregate but the third level. */
    public static String wangThonglangScores() {
        StringBuilder csv = new StringBuilder("code,score\n");
        golden("wangthonglang-2565-items.csv").stream().filter(r -> r.get("fy_be").equals("2565"))
                .forEach(r -> csv.append(csvLine(r.get("code"), r.get("score"))));
        for (Map<String, String> r : golden("wangthonglang-2565-aggregates.csv")) {
            String code = switch (r.get("level")) {
                case "total", "tool" -> r.get("code");
                case "indicator" -> "IND" + r.get("code");
                case "sub" -> "SUB" + r.get("code");
                default -> null;
            };
            if (code != null) {
                csv.append(csvLine(code, r.get("score")));
            }
        }
        return csv.toString();
    }

    /** The same rows as an .xlsx with one sheet, every cell text. */
    public static byte[] xlsx(String sheetName, String csv) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet(sheetName);
            List<List<String>> records = Csv.parse(new java.io.StringReader(csv));
            for (int r = 0; r < records.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < records.get(r).size(); c++) {
                    row.createCell(c).setCellValue(records.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map<String, String>> golden(String file) {
        try (Reader reader = new InputStreamReader(
                Objects.requireNonNull(ImportFixtures.class.getResourceAsStream("/golden/" + file), file),
                StandardCharsets.UTF_8)) {
            return Csv.parseWithHeader(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csvLine(String... cells) {
        return java.util.Arrays.stream(cells)
                .map(c -> c.contains(",") || c.contains("\"") ? "\"" + c.replace("\"", "\"\"") + "\"" : c)
                .collect(Collectors.joining(",")) + "\n";
    }
}
