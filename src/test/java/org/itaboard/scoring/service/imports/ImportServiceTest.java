package org.itaboard.scoring.service.imports;

import org.itaboard.fiscalyear.domain.FiscalYear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.itaboard.scoring.service.imports.ImportFixtures.MESSY_CATALOGUE;
import static org.itaboard.scoring.service.imports.ImportFixtures.utf8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.fiscalyear.service.FiscalYearService;
import org.itaboard.fiscalyear.domain.Grade;
import org.itaboard.scoring.domain.WeakItem;
import org.itaboard.scoring.service.ScoreService;
import org.itaboard.scoring.service.YearScores;
import org.itaboard.test.PostgresTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ImportServiceTest extends PostgresTest {

    @Autowired
    ImportService imports;
    @Autowired
    FiscalYearService years;
    @Autowired
    ScoreService scores;

    @Test
    void readsTheMessyCodesOfTheSeedsInACatalogueCsv() {
        FiscalYear be = ImportFixtures.freeYear(years);
        ImportPreview preview = imports.preview(be, ImportKind.CATALOGUE, "catalogue.csv", utf8(MESSY_CATALOGUE));

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.valid()).isTrue();
        assertThat(preview.rows()).extracting(ImportRow::rawCode, ImportRow::code).containsExactly(
                tuple("1๑๐", "I10"), tuple("i2", "I2"),
                tuple("E๑", "E1"), tuple("0๒", "O2"),
                tuple("๐๑๓", "O13"), tuple("O๘", "O8"));
        ImportRow o13 = preview.rows().get(4);
        assertThat(o13.codeChanged()).isTrue();
        assertThat(o13.codeNotes()).extracting(ImportMessage::key)
                .containsExactly("import.note.thaiDigits", "import.note.oitPrefix");
        assertThat(o13.value("sub_indicator")).isEqualTo("9.2.3");
        assertThat(preview.rows().get(0).codeNotes()).extracting(ImportMessage::key).contains("import.note.ocrOne");

        ImportResult result = imports.importFile(be, ImportKind.CATALOGUE, "catalogue.csv", utf8(MESSY_CATALOGUE), false);

        assertThat(result.items()).isEqualTo(6);
        List<Item> items = years.catalogue(be).items();
        assertThat(items).extracting(Item::getCode).containsExactly("I10", "I2", "E1", "O2", "O13", "O8");
        Item stored = items.get(4);
        assertThat(stored.getSubIndicator().getCode()).isEqualTo("9.2");
        assertThat(stored.getThirdLevel()).isEqualTo("9.2.3");
        assertThat(stored.getIndicator().getNameTh()).isEqualTo("การเปิดเผยข้อมูล");
    }

    @Test
    void readsTheSameCatalogueFromExcelAndScoresWithMessyCodes() {
        FiscalYear be = ImportFixtures.freeYear(years);
        imports.importFile(be, ImportKind.CATALOGUE, "catalogue.xlsx", ImportFixtures.xlsx("catalogue", MESSY_CATALOGUE), false);
        String scoresCsv = "\uFEFFcode,score\n1๑๐,๙๕.๕\n0๒,100\n๐๑๓,๐\nO๘,85\nITA,96.15\nind9,87.78\n";

        ImportPreview preview = imports.preview(be, ImportKind.SCORES, "scores.xlsx", ImportFixtures.xlsx("scores", scoresCsv));

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.rows()).extracting(ImportRow::code).containsExactly("I10", "O2", "O13", "O8", "ITA", "IND9");
        assertThat(preview.rows().get(0).codeNotes()).extracting(ImportMessage::key).contains("import.note.toolFromCatalogue");
        assertThat(preview.rows().get(0).value("score")).isEqualTo("95.5");

        ImportResult result = imports.importFile(be, ImportKind.SCORES, "scores.csv", utf8(scoresCsv), false);

        assertThat(result.items()).isEqualTo(4);
        assertThat(result.published()).isEqualTo(2);
        Map<String, Item> items = scores.scores(be).itemsByCode();
        assertThat(items.get("I10").getScore()).isEqualByComparingTo("95.5");
        assertThat(items.get("O13").getScore()).isEqualByComparingTo("0");
        assertThat(items.get("I2").getScore()).isNull();
        assertThat(scores.scores(be).result().ita().published()).isEqualByComparingTo("96.15");
    }

    @Test
    void replacingAYearsScoresShowsWhatChangesAndNeedsConfirmation() {
        FiscalYear be = ImportFixtures.freeYear(years);
        imports.importFile(be, ImportKind.CATALOGUE, "c.csv", utf8(MESSY_CATALOGUE), false);
        ImportPreview first = imports.preview(be, ImportKind.SCORES, "s.csv", utf8("code,score\nI10,90\nI2,80\nITA,88.50\n"));
        assertThat(first.replacement().replacesScores()).as("an empty year has nothing to replace").isFalse();
        imports.importFile(be, ImportKind.SCORES, "s.csv", utf8("code,score\nI10,90\nI2,80\nITA,88.50\n"), false);

        String again = "code,score\nI10,92.5\nO2,70\n";
        ImportPreview preview = imports.preview(be, ImportKind.SCORES, "s2.csv", utf8(again));
        assertThat(preview.valid()).isTrue();
        assertThat(preview.replacement().changed())
                .extracting(c -> c.code() + " " + c.before() + " → " + c.after()).containsExactly("I10 90.00 → 92.50");
        assertThat(preview.replacement().disappearing()).extracting(c -> c.code() + " " + c.before())
                .containsExactly("I2 80.00");
        assertThat(preview.replacement().totalsDropped()).extracting(c -> c.code() + " " + c.before())
                .containsExactly("ITA 88.50");

        assertThatThrownBy(() -> imports.importFile(be, ImportKind.SCORES, "s2.csv", utf8(again), false))
                .hasMessage("import.error.replaceUnconfirmed");
        assertThat(scores.scores(be).itemsByCode().get("I10").getScore()).isEqualByComparingTo("90");

        imports.importFile(be, ImportKind.SCORES, "s2.csv", utf8(again), true);
        assertThat(scores.scores(be).itemsByCode().get("I10").getScore()).isEqualByComparingTo("92.5");
        assertThat(scores.scores(be).itemsByCode().get("I2").getScore()).isNull();
        assertThat(imports.preview(be, ImportKind.SCORES, "s2.csv", utf8(again)).replacement().replacesScores())
                .as("the same file again changes nothing").isFalse();
    }

    @Test
    void checkingStopsAfter200ErrorsAndCountsTheRowsLeft() {
        FiscalYear be = ImportFixtures.freeYear(years);
        imports.importFile(be, ImportKind.CATALOGUE, "c.csv", utf8(MESSY_CATALOGUE), false);
        StringBuilder catalogue = new StringBuilder("code,tool,indicator,sub_indicator,topic_th,topic_en\n");
        StringBuilder scoresCsv = new StringBuilder("code,score\n");
        for (int i = 0; i < 3000; i++) {
            catalogue.append("Q").append(i).append(",IIT,1,,หัวข้อ,topic\n");
            scoresCsv.append("I").append(1000 + i).append(",50\n");
        }

        ImportPreview scoresPreview = imports.preview(be, ImportKind.SCORES, "s.csv", utf8(scoresCsv.toString()));
        ImportPreview cataloguePreview = imports.preview(be, ImportKind.CATALOGUE, "c.csv", utf8(catalogue.toString()));

        assertThat(scoresPreview.errors()).hasSize(ImportPreview.MAX_ERRORS)
                .allSatisfy(e -> assertThat(e.message().key()).isEqualTo("import.error.unknownCode"));
        assertThat(scoresPreview.rows()).hasSize(200);
        assertThat(scoresPreview.uncheckedRows()).isEqualTo(2800);
        assertThat(scoresPreview.valid()).isFalse();
        assertThat(cataloguePreview.errors()).hasSize(ImportPreview.MAX_ERRORS);
        assertThat(cataloguePreview.uncheckedRows()).isEqualTo(2800);
        assertThatThrownBy(() -> imports.importFile(be, ImportKind.SCORES, "s.csv", utf8(scoresCsv.toString()), false))
                .isInstanceOf(ImportRefusedException.class).hasMessage("import.error.refusedStopped");
    }

    @Test
    void oneBadRowRefusesTheWholeFileAndSavesNothing() {
        FiscalYear be = ImportFixtures.freeYear(years);
        imports.importFile(be, ImportKind.CATALOGUE, "c.csv", utf8(MESSY_CATALOGUE), false);
        imports.importFile(be, ImportKind.SCORES, "s.csv", utf8("code,score\nI10,50\n"), false);
        String bad = "code,score\nI10,90\nI2,80\nO2,๑๐๑\nE1,abc\nX9,5\nI2,70\n";

        ImportPreview preview = imports.preview(be, ImportKind.SCORES, "bad.csv", utf8(bad));

        assertThat(preview.valid()).isFalse();
        assertThat(preview.errors()).extracting(ImportError::row, ImportError::column, e -> e.message().key()).containsExactly(
                tuple(4, "score", "import.error.range"),
                tuple(5, "score", "import.error.notNumber"),
                tuple(6, "code", "import.error.codeUnreadable"),
                tuple(7, "code", "import.error.duplicate"));
        assertThatThrownBy(() -> imports.importFile(be, ImportKind.SCORES, "bad.csv", utf8(bad), false))
                .isInstanceOf(ImportRefusedException.class)
                .satisfies(e -> assertThat(((ImportRefusedException) e).preview().errors()).hasSize(4));
        Map<String, Item> items = scores.scores(be).itemsByCode();
        assertThat(items.get("I10").getScore()).isEqualByComparingTo("50");
        assertThat(items.get("I2").getScore()).isNull();
    }

    @Test
    void aCatalogueWithOneBadRowLeavesTheOldCatalogue() {
        FiscalYear be = ImportFixtures.freeYear(years);
        imports.importFile(be, ImportKind.CATALOGUE, "c.csv", utf8(MESSY_CATALOGUE), false);
        String bad = """
                code,tool,indicator,sub_indicator,topic_th,topic_en
                I1,IIT,1,,ก,a
                I2,IIT,7,,ข,b
                E3,IIT,1,,ค,c
                O4,OIT,9,10.1,ง,d
                O5,OIT,9,,จ,e
                I6,IIT,2,9.1,ฉ,f
                I7,IIT,สอง,,ช,g
                I8,IIT,2,,,h
                IND9,OIT,9,9.1,ซ,i
                """;

        ImportPreview preview = imports.preview(be, ImportKind.CATALOGUE, "bad.csv", utf8(bad));

        assertThat(preview.errors()).extracting(ImportError::row, ImportError::column, e -> e.message().key()).containsExactly(
                tuple(3, "indicator", "import.error.toolIndicatorMismatch"),
                tuple(4, "code", "import.error.codeToolMismatch"),
                tuple(5, "sub_indicator", "import.error.subOfOtherIndicator"),
                tuple(6, "sub_indicator", "import.error.required"),
                tuple(7, "sub_indicator", "import.error.subNotAllowed"),
                tuple(8, "indicator", "import.error.notWholeNumber"),
                tuple(9, "topic_th", "import.error.required"),
                tuple(10, "code", "import.error.aggregateInCatalogue"));
        assertThatThrownBy(() -> imports.importFile(be, ImportKind.CATALOGUE, "bad.csv", utf8(bad), false))
                .isInstanceOf(ImportRefusedException.class);
        assertThat(years.catalogue(be).items()).extracting(Item::getCode).containsExactly("I10", "I2", "E1", "O2", "O13", "O8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "random", "zip"})
    void aFileThatIsNotExcelButNamedXlsxIsRefusedWithAMessage(String content) throws Exception {
        FiscalYear be = ImportFixtures.freeYear(years);
        byte[] bytes = switch (content) {
            case "text" -> utf8("code,score\nI1,100\n");
            case "random" -> new java.util.Random(7).ints(2000, 0, 256).collect(ByteArrayOutputStream::new,
                    (out, b) -> out.write(b), (a, b) -> a.write(b.toByteArray(), 0, b.size())).toByteArray();
            default -> zipWithoutWorkbook();
        };

        ImportPreview preview = imports.preview(be, ImportKind.CATALOGUE, "scores.xlsx", bytes);

        assertThat(preview.valid()).isFalse();
        assertThat(preview.fileErrors()).extracting(e -> e.message().key()).containsExactly("import.error.notExcel");
        assertThatThrownBy(() -> imports.importFile(be, ImportKind.CATALOGUE, "scores.xlsx", bytes, false))
                .isInstanceOf(ImportRefusedException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty.csv", "empty.xlsx"})
    void anEmptyFileIsRefused(String fileName) {
        FiscalYear be = ImportFixtures.freeYear(years);
        ImportPreview preview = imports.preview(be, ImportKind.SCORES, fileName, new byte[0]);
        assertThat(preview.fileErrors()).extracting(e -> e.message().key()).containsExactly("import.error.empty");
        assertThat(imports.preview(be, ImportKind.SCORES, "blank.csv", utf8("\n\n")).fileErrors())
                .extracting(e -> e.message().key()).containsExactly("import.error.empty");
        assertThat(imports.preview(be, ImportKind.SCORES, "header.csv", utf8("code,score\n")).fileErrors())
                .extracting(e -> e.message().key()).containsExactly("import.error.noRows");
    }

    @Test
    void namesTheMissingColumnsAndRefusesOtherEncodingsAndTypes() {
        FiscalYear be = ImportFixtures.freeYear(years);
        ImportPreview preview = imports.preview(be, ImportKind.CATALOGUE, "c.csv", utf8("code,tool,topic_th\nI1,IIT,ก\n"));
        assertThat(preview.fileErrors()).extracting(ImportError::row, ImportError::column)
                .containsExactly(tuple(1, "indicator"));
        byte[] tis620 = "code,score\nI1,๙๐\n".getBytes(java.nio.charset.Charset.forName("TIS-620"));
        assertThat(imports.preview(be, ImportKind.SCORES, "s.csv", tis620).fileErrors())
                .extracting(e -> e.message().key()).containsExactly("import.error.notUtf8");
        assertThat(imports.preview(be, ImportKind.SCORES, "s.pdf", utf8("x")).fileErrors())
                .extracting(e -> e.message().key()).containsExactly("import.error.fileType");
    }

    @Test
    void aCodeThatNeedsAToolIsRefusedWhenTheCatalogueDoesNotSettleIt() {
        FiscalYear be = ImportFixtures.freeYear(years);
        ImportPreview preview = imports.preview(be, ImportKind.SCORES, "s.csv", utf8("code,score\n1๑๐,90\nI1,80\n"));
        assertThat(preview.errors()).extracting(e -> e.message().key())
                .containsExactly("import.error.codeUnreadable", "import.error.noCatalogue");
    }

    @Test
    void theCatalogueCannotBeReplacedOnceTheYearHasScores() {
        FiscalYear be = ImportFixtures.freeYear(years);
        imports.importFile(be, ImportKind.CATALOGUE, "c.csv", utf8(MESSY_CATALOGUE), false);
        imports.importFile(be, ImportKind.SCORES, "s.csv", utf8("code,score\nOIT,100\n"), false);

        ImportPreview preview = imports.preview(be, ImportKind.CATALOGUE, "c.csv", utf8(MESSY_CATALOGUE));

        assertThat(preview.fileErrors()).extracting(e -> e.message().key()).containsExactly("catalogue.error.hasScores");
        assertThatThrownBy(() -> imports.importFile(be, ImportKind.CATALOGUE, "c.csv", utf8(MESSY_CATALOGUE), false))
                .isInstanceOf(ImportRefusedException.class);
    }

    @Test
    void wangThonglang2565ImportedFromCsvGivesThePrintedResult() {
        FiscalYear be = ImportFixtures.freeYear(years);
        assertThat(imports.importFile(be, ImportKind.CATALOGUE, "c.csv", utf8(ImportFixtures.wangThonglangCatalogue()), false).items())
                .isEqualTo(88);
        imports.importFile(be, ImportKind.SCORES, "s.csv", utf8(ImportFixtures.wangThonglangScores()), false);

        YearScores result = scores.scores(be);

        assertThat(result.result().ita().computed()).isEqualByComparingTo("96.15");
        assertThat(result.result().ita().grade()).isEqualTo(Grade.AA);
        assertThat(result.result().aggregate("IND9").orElseThrow().computed()).isEqualByComparingTo("87.78");
        assertThat(result.result().weakItems()).extracting(WeakItem::code).containsExactlyInAnyOrder("O9", "O27", "O28", "O41");
    }

    @Test
    void theTemplateAndTheCsvExamplesImportAsTheyAre() throws Exception {
        FiscalYear be = ImportFixtures.freeYear(years);
        byte[] template = imports.template();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).contains("แม่แบบ");
            assertThat(workbook.getSheet("catalogue").getRow(0).getCell(5).getStringCellValue()).isEqualTo("topic_en");
        }
        assertThat(imports.preview(be, ImportKind.CATALOGUE, "c.csv", imports.csvExample(ImportKind.CATALOGUE)).valid()).isTrue();

        assertThat(imports.importFile(be, ImportKind.CATALOGUE, "template.xlsx", template, false).items()).isEqualTo(3);
        assertThat(imports.preview(be, ImportKind.SCORES, "s.csv", imports.csvExample(ImportKind.SCORES)).valid()).isTrue();
        ImportResult scoresResult = imports.importFile(be, ImportKind.SCORES, "template.xlsx", template, false);
        assertThat(scoresResult.items()).isEqualTo(3);
        assertThat(scoresResult.published()).isEqualTo(1);
        assertThat(scores.scores(be).itemsByCode().get("E1").getScore()).isEqualByComparingTo(new BigDecimal("99.51"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DIVISION_HEAD", "EXECUTIVE", "HR_OFFICER"})
    void onlyCoordinatorsAndAdminsImport(String role) {
        FiscalYear be = ImportFixtures.freeYear(years);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("someone", null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        byte[] csv = utf8(MESSY_CATALOGUE);
        assertThatThrownBy(() -> imports.preview(be, ImportKind.CATALOGUE, "c.csv", csv)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.importFile(be, ImportKind.CATALOGUE, "c.csv", csv, false)).isInstanceOf(AccessDeniedException.class);
    }

    private static byte[] zipWithoutWorkbook() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write(utf8("not a workbook"));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
