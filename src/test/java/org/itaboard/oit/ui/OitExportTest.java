package org.itaboard.oit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.itaboard.base.ui.SheetExport;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.Indicator;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.fiscalyear.domain.SubIndicator;
import org.itaboard.fiscalyear.domain.Tool;
import org.itaboard.oit.domain.ChecklistItem;
import org.itaboard.oit.service.ChecklistActions;
import org.itaboard.oit.service.ChecklistProgress;
import org.itaboard.oit.service.ChecklistRow;
import org.itaboard.oit.service.OitChecklist;
import org.junit.jupiter.api.Test;

/** The NACC's item/URL list written with POI and read back: code, topic, one URL per column, every cell text. */
class OitExportTest {

    @Test
    void theExportHasOneRowPerItemWithItsUrlsAndNoFormulas() throws Exception {
        FiscalYear year = new FiscalYear(null, 2570);
        Indicator oit = new Indicator(year, Tool.OIT, 9, "การเปิดเผยข้อมูล", "Open data");
        SubIndicator hr = new SubIndicator(oit, "9.4", "การบริหารทรัพยากรบุคคล", "HR");
        Item o16 = new Item(year, "O16", oit, hr, "=HYPERLINK(\"http://evil\",\"รายงาน\")", null, 1);
        Item o17 = new Item(year, "O17", oit, hr, "การส่งเสริมความโปร่งใส", null, 2);
        ChecklistItem withUrls = new ChecklistItem(o16);
        withUrls.setUrls(List.of("https://webportal.bangkok.go.th/wangthonglang/page/sub/18014",
                "https://itaboard.example/public/wangthonglang/hr/report"));
        ChecklistItem none = new ChecklistItem(o17);
        OitChecklist checklist = new OitChecklist(year, List.of(new ChecklistRow(o16, withUrls, BigDecimal.ZERO, ChecklistActions.READ_ONLY),
                new ChecklistRow(o17, none, null, ChecklistActions.READ_ONLY)), ChecklistProgress.of(List.of(withUrls, none)));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetExport.write(OitExport.table(checklist, "OIT", "ข้อ", "ประเด็น", n -> "URL " + n), out);
        byte[] bytes = out.toByteArray();

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheet("OIT");
            assertThat(cells(sheet.getRow(0))).containsExactly("ข้อ", "ประเด็น", "URL 1", "URL 2");
            assertThat(cells(sheet.getRow(1))).containsExactly("O16", "=HYPERLINK(\"http://evil\",\"รายงาน\")",
                    "https://webportal.bangkok.go.th/wangthonglang/page/sub/18014",
                    "https://itaboard.example/public/wangthonglang/hr/report");
            assertThat(cells(sheet.getRow(2))).containsExactly("O17", "การส่งเสริมความโปร่งใส", "", "");
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }

    private static List<String> cells(Row row) {
        List<String> values = new java.util.ArrayList<>();
        row.forEach(c -> values.add(c.getStringCellValue()));
        return values;
    }
}
