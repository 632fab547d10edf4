package org.itaboard.scoring.ui;

import org.itaboard.fiscalyear.domain.FiscalYear;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;
import static org.itaboard.scoring.service.imports.ImportFixtures.MESSY_CATALOGUE;
import static org.itaboard.scoring.service.imports.ImportFixtures.utf8;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import org.itaboard.fiscalyear.service.FiscalYearService;
import org.itaboard.scoring.service.imports.ImportFixtures;
import org.itaboard.scoring.service.imports.ImportKind;
import org.itaboard.scoring.service.imports.ImportRow;
import org.itaboard.test.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The wizard with files uploaded through the Upload component, as the browser would send them. */
class ImportViewTest extends KaribuTest {

    @Autowired
    FiscalYearService years;

    @Test
    void aGoodFileIsPreviewedAndImported() {
        login("coordinator");
        FiscalYear be = ImportFixtures.freeYear(years);
        UI.getCurrent().navigate(ImportView.class);
        choose(be, ImportKind.CATALOGUE);

        UploadKt._upload(_get(Upload.class), "catalogue.csv", "text/csv", utf8(MESSY_CATALOGUE));

        @SuppressWarnings("unchecked")
        Grid<ImportRow> grid = _get(Grid.class, spec -> spec.withId("import-preview"));
        assertThat(GridKt._size(grid)).isEqualTo(6);
        ImportRow first = GridKt._get(grid, 0);
        assertThat(first.rawCode()).isEqualTo("1๑๐");
        assertThat(first.code()).isEqualTo("I10");
        assertThat(_get(Span.class, spec -> spec.withId("import-verdict")).getText()).contains("6");
        Button importButton = _get(Button.class, spec -> spec.withId("import-button"));
        assertThat(importButton.isEnabled()).isTrue();

        _click(importButton);

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary")).getText()).contains("6").contains(String.valueOf(be));
        assertThat(_get(Anchor.class, spec -> spec.withId("import-catalogue-link")).getHref()).isEqualTo("catalogue?year=" + be.getBeYear());
        assertThat(years.catalogue(be).items()).hasSize(6);
    }

    @Test
    void aBadFileListsItsErrorsAndCannotBeImported() {
        login("coordinator");
        FiscalYear be = ImportFixtures.freeYear(years);
        UI.getCurrent().navigate(ImportView.class);
        choose(be, ImportKind.CATALOGUE);

        UploadKt._upload(_get(Upload.class), "catalogue.csv", "text/csv",
                utf8(MESSY_CATALOGUE + "I99,EIT,1,,ผิด,wrong\n"));

        UnorderedList errors = _get(UnorderedList.class, spec -> spec.withId("import-errors"));
        assertThat(errors.getElement().getTextRecursively())
                .contains("แถว 8 คอลัมน์ indicator: ตัวชี้วัดที่ 1 อยู่ใน IIT ไม่ใช่ EIT")
                .contains("แถว 8 คอลัมน์ code: รหัส \"I99\" เป็นรหัสของ IIT แต่แถวนี้เป็น EIT");
        assertThat(_get(Button.class, spec -> spec.withId("import-button")).isEnabled()).isFalse();
        assertThat(years.catalogue(be).items()).isEmpty();
    }

    @Test
    void aFileOfThousandsOfBadRowsListsTheFirst200ErrorsAndSaysHowManyRowsWereLeft() {
        login("coordinator");
        FiscalYear be = ImportFixtures.freeYear(years);
        UI.getCurrent().navigate(ImportView.class);
        choose(be, ImportKind.SCORES);
        StringBuilder csv = new StringBuilder("code,score\n");
        for (int i = 0; i < 3000; i++) {
            csv.append("I").append(1000 + i).append(",50\n");
        }

        UploadKt._upload(_get(Upload.class), "scores.csv", "text/csv", utf8(csv.toString()));

        UnorderedList errors = _get(UnorderedList.class, spec -> spec.withId("import-errors"));
        assertThat(errors.getChildren()).hasSize(200);
        assertThat(_get(Span.class, spec -> spec.withId("import-verdict")).getText())
                .isEqualTo("พบข้อผิดพลาด 200 จุดจึงหยุดตรวจ ยังไม่ได้ตรวจอีก 2800 แถว นำเข้าไม่ได้ กรุณาแก้ไขแล้วอัปโหลดใหม่");
        assertThat(_get(Button.class, spec -> spec.withId("import-button")).isEnabled()).isFalse();
    }

    @Test
    void aTextFileNamedXlsxGetsAMessageNotATrace() {
        login("coordinator");
        FiscalYear be = ImportFixtures.freeYear(years);
        UI.getCurrent().navigate(ImportView.class);
        choose(be, ImportKind.SCORES);

        UploadKt._upload(_get(Upload.class), "scores.xlsx", "application/octet-stream", utf8("code,score\nI1,100\n"));

        assertThat(_get(UnorderedList.class, spec -> spec.withId("import-errors")).getElement().getTextRecursively())
                .contains("ไม่ใช่ไฟล์ Excel (.xlsx) จริง");
        assertThat(_get(Button.class, spec -> spec.withId("import-button")).isEnabled()).isFalse();
    }

    @Test
    void divisionHeadsCannotOpenTheWizard() {
        login("head.works");
        UI.getCurrent().navigate(ImportView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(org.itaboard.base.ui.errors.RouteDeniedPage.class);
    }

    @SuppressWarnings("unchecked")
    private static void choose(FiscalYear be, ImportKind kind) {
        _setValue(_get(ComboBox.class, spec -> spec.withId("import-year")), be);
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("import-kind")), kind);
        _assertOne(Upload.class);
    }
}
