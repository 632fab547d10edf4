package org.itaboard.scoring.ui;

import com.vaadin.flow.router.QueryParameters;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.treegrid.TreeGrid;
import org.itaboard.fiscalyear.domain.AnswerDistribution;
import org.itaboard.test.KaribuTest;
import org.junit.jupiter.api.Test;

/** The director opens an item of the 2565 catalogue and reads how its sub-questions were answered. */
class ItemDetailsDialogTest extends KaribuTest {

    @SuppressWarnings("unchecked")
    private void openDetails(String code) {
        TreeGrid<CatalogueView.Row> grid = _get(TreeGrid.class);
        grid.expandRecursively(grid.getTreeData().getRootItems(), 3);
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).code().equals(code)) {
                _click((Button) GridKt._getCellComponent(grid, i, "details"));
                return;
            }
        }
        throw new AssertionError("No row " + code);
    }

    @Test
    @SuppressWarnings("unchecked")
    void directorSeesI1sSubQuestions() {
        login("director");
        UI.getCurrent().navigate(CatalogueView.class, QueryParameters.of("year", String.valueOf(2565)));
        openDetails("I1");
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("item-details"));
        assertThat(dialog.getHeaderTitle()).isEqualTo("ข้อ I1");
        assertThat(_get(dialog, Span.class, spec -> spec.withClasses("item-score")).getText()).isEqualTo("100.00");
        assertThat(_get(dialog, Span.class, spec -> spec.withClasses("item-grade")).getText()).isEqualTo("AA");
        Grid<AnswerDistribution> table = _get(dialog, Grid.class, spec -> spec.withClasses("distribution-table"));
        assertThat(GridKt._size(table)).isEqualTo(2);
        assertThat(GridKt._getFormatted(table, 0, "subQuestion")).isEqualTo("1. เป็นไปตามขั้นตอนที่กำหนด");
        assertThat(GridKt._getFormatted(table, 1, "subQuestion")).isEqualTo("2. เป็นไปตามระยะเวลาที่กำหนด");
        assertThat(GridKt._getFormatted(table, 0, "type")).isEqualTo("มาตร 4 ระดับ");
        assertThat(GridKt._getCellComponent(table, 0, "shares").getElement().getTextRecursively())
                .contains("น้อยที่สุดหรือไม่มีเลย 0.00%", "มากที่สุด 100.00%");
        assertThat(_get(dialog, Paragraph.class, spec -> spec.withClasses("distributions-note")).getText())
                .isEqualTo("คะแนนข้อ = ค่าเฉลี่ยของข้อย่อย");
        assertThat(_find(dialog, Paragraph.class, spec -> spec.withClasses("distributions-none"))).isEmpty();
    }

    @Test
    void anOitItemSaysInOneLineThatNoDistributionIsGiven() {
        login("head.works");
        UI.getCurrent().navigate(CatalogueView.class, QueryParameters.of("year", String.valueOf(2565)));
        openDetails("O9");
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("item-details"));
        assertThat(_get(dialog, Paragraph.class, spec -> spec.withClasses("distributions-none")).getText())
                .isEqualTo("ไม่มีข้อมูลการกระจายคำตอบ");
        assertThat(_find(dialog, Grid.class)).isEmpty();
        assertThat(_get(dialog, Span.class, spec -> spec.withClasses("item-grade")).getText()).isEqualTo("F");
    }

    /** The report prints 99.51 while its rounded shares give 99.52: both are shown, the printed one first. */
    @Test
    @SuppressWarnings("unchecked")
    void e1ShowsThePrintedScoreAndTheOneItsSharesGive() {
        login("coordinator");
        UI.getCurrent().navigate(CatalogueView.class, QueryParameters.of("year", String.valueOf(2565)));
        openDetails("E1");
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("item-details"));
        Grid<AnswerDistribution> table = _get(dialog, Grid.class, spec -> spec.withClasses("distribution-table"));
        assertThat(GridKt._getCellComponent(table, 0, "score").getElement().getTextRecursively())
                .isEqualTo("99.51ตามสัดส่วน 99.52");
    }
}
