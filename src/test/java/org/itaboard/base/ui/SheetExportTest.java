package org.itaboard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The one Excel export: the grid's visible columns and shown rows, values typed, formulas never. */
class SheetExportTest {

    record Office(String name, BigDecimal ita, LocalDate scoredOn, String note) {
    }

    private final List<Office> offices = List.of(
            new Office("วังทองหลาง", new BigDecimal("91.52"), LocalDate.of(2025, 1, 1), "=HYPERLINK(\"http://x\")"),
            new Office("หนองจอก", null, null, "+ตรวจสอบ"),
            new Office("คันนายาว", new BigDecimal("88.10"), LocalDate.of(2025, 2, 3), "ปกติ"));

    @Test
    void exportsTheVisibleColumnsWithValuesAndTheFilteredRowsInOrder() throws IOException {
        Grid<Office> grid = new Grid<>();
        GridExport<Office> export = GridExport.of(grid, "ภาพรวม");
        export.value(grid.addColumn(Office::name).setHeader("สำนักงานเขต"), Office::name);
        export.value(grid.addColumn(Office::ita).setHeader("ITA"), Office::ita);
        export.value(grid.addColumn(Office::scoredOn).setHeader("วันที่"), Office::scoredOn).value(
                grid.addColumn(Office::note).setHeader("หมายเหตุ"), Office::note);
        grid.addColumn(o -> "…").setHeader("ปุ่ม");
        grid.getColumns().get(2).setVisible(false);
        grid.setItems(offices).setFilter(o -> !o.name().equals("คันนายาว"));

        SheetExport.Table<Office> table = export.table();
        assertThat(table.columns()).extracting(SheetExport.Column::header).containsExactly("สำนักงานเขต", "ITA", "หมายเหตุ");
        assertThat(table.rows()).extracting(Office::name).containsExactly("วังทองหลาง", "หนองจอก");

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(write(table)))) {
            var sheet = book.getSheet("ภาพรวม");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("สำนักงานเขต");
            Row first = sheet.getRow(1);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(91.52);
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(first.getCell(2).getCellStyle().getQuotePrefixed()).isTrue();
            Row second = sheet.getRow(2);
            assertThat(second.getCell(1).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(second.getCell(2).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void datesAreWrittenInTheBuddhistEra() throws IOException {
        SheetExport.Table<Office> table = new SheetExport.Table<>("x",
                List.of(new SheetExport.Column<>("วันที่", Office::scoredOn)), offices.subList(0, 1));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(write(table)))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("1 ม.ค. 2568");
        }
    }

    private static byte[] write(SheetExport.Table<Office> table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetExport.write(table, out);
        return out.toByteArray();
    }
}
