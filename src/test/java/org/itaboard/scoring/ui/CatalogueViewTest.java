package org.itaboard.scoring.ui;

import com.vaadin.flow.router.QueryParameters;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.treegrid.TreeGrid;
import java.util.List;
import org.itaboard.test.KaribuTest;
import org.junit.jupiter.api.Test;

/** The director reads a year's catalogue with the computed and printed figures. */
class CatalogueViewTest extends KaribuTest {

    @SuppressWarnings("unchecked")
    private TreeGrid<CatalogueView.Row> grid() {
        return _get(TreeGrid.class);
    }

    private CatalogueView.Row row(String code) {
        TreeGrid<CatalogueView.Row> grid = grid();
        grid.expandRecursively(grid.getTreeData().getRootItems(), 3);
        int size = GridKt._size(grid);
        for (int i = 0; i < size; i++) {
            CatalogueView.Row row = GridKt._get(grid, i);
            if (row.code().equals(code)) {
                return row;
            }
        }
        throw new AssertionError("No row " + code);
    }

    @Test
    void wangThonglang2565ShowsTheReportsFigures() {
        login("director");
        UI.getCurrent().navigate(CatalogueView.class, QueryParameters.of("year", String.valueOf(2565)));
        assertThat(_find(Span.class, spec -> spec.withClasses("card-score"))).extracting(Span::getText)
                .contains("96.15", "99.92", "99.54", "90.77");
        assertThat(_find(Span.class, spec -> spec.withClasses("weighted-score"))).extracting(Span::getText)
                .containsExactly("× 30% = 29.98", "× 30% = 29.86", "× 40% = 36.31");
        assertThat(_get(Span.class, spec -> spec.withText("AA"))).isNotNull();
        assertThat(row("9").computed()).isEqualByComparingTo("87.78");
        assertThat(row("9").published()).isEqualByComparingTo("87.78");
        assertThat(row("9").grade().code()).isEqualTo("A");
        assertThat(row("O9").computed()).isEqualByComparingTo("0");
        assertThat(row("O9").source()).isEqualTo("ITEM");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("year-source")).getElement().getTextRecursively())
                .contains("วังทองหลาง");
    }

    @Test
    void nongChok2567FlagsIndicatorSix() {
        login("director.nongchok");
        UI.getCurrent().navigate(CatalogueView.class, QueryParameters.of("year", "2567"));
        CatalogueView.Row indicator6 = row("6");
        assertThat(indicator6.mismatch()).isTrue();
        assertThat(indicator6.computed()).isEqualByComparingTo("96.40");
        assertThat(indicator6.published()).isEqualByComparingTo("96.86");
        TreeGrid<CatalogueView.Row> grid = grid();
        int index = indexOf(grid, "6");
        Span badge = (Span) GridKt._getCellComponent(grid, index, "difference");
        assertThat(badge.getText()).isEqualTo("ไม่ตรง -0.46");
        assertThat(badge.getElement().getAttribute("aria-label")).contains("96.40").contains("96.86");
        assertThat(row("O1").source()).isEqualTo("UNSCORED");
        assertThat(row("OIT").source()).isEqualTo("PUBLISHED");
        assertThat(_find(Span.class, spec -> spec.withText("ระดับผล ITA: ผ่านดี"))).hasSize(1);
        assertThat(_find(Span.class, spec -> spec.withClasses("card-score")).get(0).getText()).isEqualTo("98.02");
    }

    private static int indexOf(TreeGrid<CatalogueView.Row> grid, String code) {
        List<CatalogueView.Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            rows.add(GridKt._get(grid, i));
        }
        return rows.stream().map(CatalogueView.Row::code).toList().indexOf(code);
    }
}
