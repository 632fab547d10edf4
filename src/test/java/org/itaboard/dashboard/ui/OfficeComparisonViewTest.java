package org.itaboard.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.data.provider.SortDirection;
import org.itaboard.base.ui.errors.NotFoundPage;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.itaboard.base.ui.chart.ApexChart;
import org.itaboard.dashboard.service.OfficeRow;
import org.itaboard.test.KaribuTest;
import org.junit.jupiter.api.Test;

/**
 * The BMA's overview of every office in a year: the three demo offices of 2567 with their results (Nong Chok
 * scored, Khan Na Yao without an ITA, Wang Thonglang not scored yet), sorting with the offices without a score
 * last, a row opening that office's dashboard, and the page refused to an office's director.
 */
class OfficeComparisonViewTest extends KaribuTest {

    @SuppressWarnings("unchecked")
    private static Grid<OfficeRow> grid() {
        return _get(Grid.class, spec -> spec.withId("overview-grid"));
    }

    private static int indexOf(Grid<OfficeRow> grid, String officeCode) {
        List<OfficeRow> rows = GridKt._findAll(grid);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).office().getCode().equals(officeCode)) {
                return i;
            }
        }
        throw new AssertionError("No row for office " + officeCode);
    }

    private static String cell(Grid<OfficeRow> grid, String officeCode, String columnKey) {
        return GridKt._getFormatted(grid, indexOf(grid, officeCode), columnKey);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.isNull() ? null : node.asText()));
        return texts;
    }

    private void open2567() {
        login("bma");
        UI.getCurrent().navigate(OfficeComparisonView.class, QueryParameters.of("year", "2567"));
    }

    @Test
    void everyOfficeOfTheYearWithItsResultsOrAsNotScored() {
        open2567();
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(OfficeComparisonView.class);
        Grid<OfficeRow> grid = grid();
        assertThat(GridKt._findAll(grid)).extracting(r -> r.office().getCode())
                .contains("wangthonglang", "nongchok", "khannayao");

        assertThat(cell(grid, "nongchok", "office")).isEqualTo("สำนักงานเขตหนองจอก");
        assertThat(cell(grid, "nongchok", "ita")).contains("98.02");
        assertThat(cell(grid, "nongchok", "grade")).isEqualTo("ผ่านดี");
        assertThat(cell(grid, "nongchok", "iit")).contains("98.82");
        assertThat(cell(grid, "nongchok", "eit")).contains("94.57");
        assertThat(cell(grid, "nongchok", "oit")).contains("100.00");
        assertThat(Integer.parseInt(cell(grid, "nongchok", "weakItems"))).isPositive();

        assertThat(cell(grid, "khannayao", "ita")).contains("ไม่มีคะแนนรวม").doesNotContain("0.00");
        assertThat(cell(grid, "khannayao", "oit")).contains("—");

        assertThat(cell(grid, "wangthonglang", "ita")).contains("ยังไม่มีผลคะแนน").doesNotContain("0.00");
        for (String key : List.of("iit", "eit", "oit")) {
            assertThat(cell(grid, "wangthonglang", key)).contains("—").doesNotContain("0.00");
        }
        assertThat(cell(grid, "wangthonglang", "grade")).isEmpty();
        assertThat(cell(grid, "wangthonglang", "weakItems")).isEqualTo("—");
        assertThat(cell(grid, "wangthonglang", "weakItemsWithoutMeasure")).isEqualTo("—");

        for (OfficeRow row : GridKt._findAll(grid)) {
            if (!row.hasResults()) {
                assertThat(cell(grid, row.office().getCode(), "ita")).contains("ยังไม่มีผลคะแนน");
            }
        }
    }

    @Test
    void opensOnTheLatestYearWithResults() {
        login("bma");
        UI.getCurrent().navigate(OfficeComparisonView.class);
        @SuppressWarnings("unchecked")
        Select<Integer> year = _get(Select.class, spec -> spec.withId("overview-year"));
        assertThat(year.getValue()).isEqualTo(2567);
        assertThat(GridKt._findAll(grid())).allMatch(row -> row.beYear() == 2567);
    }

    @Test
    void sortsByScoreEitherWayWithOfficesWithoutAScoreLast() {
        open2567();
        Grid<OfficeRow> grid = grid();
        for (SortDirection direction : SortDirection.values()) {
            GridKt._sortByKey(grid, "ita", direction);
            List<OfficeRow> rows = GridKt._findAll(grid);
            int firstWithout = rows.stream().map(OfficeRow::ita).toList().indexOf(null);
            assertThat(firstWithout).as(direction.name()).isPositive();
            assertThat(rows.subList(firstWithout, rows.size())).as(direction.name()).allMatch(r -> r.ita() == null);
            List<BigDecimal> scored = rows.subList(0, firstWithout).stream().map(OfficeRow::ita).toList();
            assertThat(scored).as(direction.name()).isSortedAccordingTo(direction == SortDirection.ASCENDING
                    ? Comparator.<BigDecimal>naturalOrder() : Comparator.<BigDecimal>reverseOrder());
        }
        GridKt._sortByKey(grid, "ita", SortDirection.DESCENDING);
        assertThat(GridKt._get(grid, 0).office().getCode()).isEqualTo("nongchok");
    }

    @Test
    void spreadOfEachToolAcrossTheOfficesWithScores() {
        open2567();
        JsonNode options = _get(ApexChart.class, spec -> spec.withId("chart-spread")).getOptions();
        assertThat(options.at("/chart/type").asText()).isEqualTo("bar");
        List<String> categories = texts(options.at("/xaxis/categories"));
        assertThat(categories).hasSize(4);
        assertThat(categories.get(0)).startsWith("ITA (");
        List<String> names = new ArrayList<>();
        options.get("series").forEach(s -> names.add(s.get("name").asText()));
        assertThat(names).containsExactly("ต่ำสุด", "เฉลี่ย", "สูงสุด");
        assertThat(texts(options.at("/series/2/data")).get(0)).isEqualTo("98.02");
    }

    @Test
    void aRowOpensThatOfficesDashboardForTheYear() {
        open2567();
        Grid<OfficeRow> grid = grid();
        GridKt._clickItem(grid, indexOf(grid, "nongchok"));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(DashboardView.class);
        Map<String, List<String>> query = UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters()
                .getParameters();
        assertThat(query).containsEntry("office", List.of("nongchok")).containsEntry("year", List.of("2567"));
    }

    @Test
    void theAnalystSeesTheOverviewInTheMenu() {
        open2567();
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getPath).contains("overview");
    }

    @Test
    void aDirectorIsRefused() {
        login("director");
        UI.getCurrent().navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getPath).isNotEmpty().doesNotContain("overview");
        UI.getCurrent().navigate("overview");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(org.itaboard.base.ui.errors.RouteDeniedPage.class);
    }

    @Test
    void aYearNoOfficeHasIsNotFound() {
        login("bma");
        UI.getCurrent().navigate(OfficeComparisonView.class, QueryParameters.of("year", "2490"));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundPage.class);
        UI.getCurrent().navigate(OfficeComparisonView.class, QueryParameters.of("year", "abc"));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundPage.class);
    }
}
