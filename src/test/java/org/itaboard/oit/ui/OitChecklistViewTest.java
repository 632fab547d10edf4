package org.itaboard.oit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.oit.OitFixtures;
import org.itaboard.oit.OitFixtures.Entry;
import org.itaboard.oit.domain.DisclosureStatus;
import org.itaboard.oit.domain.RequiredPart;
import org.itaboard.oit.service.ChecklistEdit;
import org.itaboard.oit.service.ChecklistRow;
import org.itaboard.oit.service.OitChecklistService;
import org.itaboard.test.KaribuTest;
import org.junit.jupiter.api.Test;

/**
 * The checklist page: the demo's assessed year 2565 of Wang Thonglang by sub-indicator with its progress and what the
 * assessors found missing, and a test year a division head fills through the editor.
 */
class OitChecklistViewTest extends KaribuTest {

    private void open(String user, int beYear) {
        login(user);
        UI.getCurrent().navigate(OitChecklistView.class, QueryParameters.simple(Map.of("year", String.valueOf(beYear))));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ChecklistRow> group(String code) {
        return _get(Grid.class, spec -> spec.withId("oit-group-" + code.replace('.', '-')));
    }

    private static ChecklistRow row(Grid<ChecklistRow> grid, String code) {
        return grid.getListDataView().getItems().filter(r -> r.item().getCode().equals(code)).findFirst().orElseThrow();
    }

    /** The row's edit (or view) button: grid cells are rendered on demand, so it is asked of the grid. */
    private static Button editButton(Grid<ChecklistRow> grid, String code) {
        List<ChecklistRow> rows = grid.getListDataView().getItems().toList();
        int index = rows.indexOf(row(grid, code));
        return (Button) GridKt._getCellComponent(grid, index, "edit");
    }

    @Test
    void theAssessedYearShowsItsProgressAndWhatTheAssessorsFoundMissing() {
        open("director", 2565);
        assertThat(_get(Span.class, spec -> spec.withId("oit-published")).getText()).isEqualTo("เผยแพร่แล้ว 43 จาก 43 ข้อ (100%)");
        assertThat(_get(Span.class, spec -> spec.withId("oit-count-verified")).getText()).isEqualTo("ตรวจสอบแล้ว 36");
        Grid<ChecklistRow> hr = group("9.4");
        List<String> codes = hr.getListDataView().getItems().map(r -> r.item().getCode()).toList();
        assertThat(codes).contains("O25", "O26", "O27", "O28");
        ChecklistRow o28 = row(hr, "O28");
        assertThat(o28.entry().partsNotDone()).containsExactly("ผลการพัฒนาบุคลากร");
        assertThat(o28.score()).isEqualByComparingTo("0");
        assertThat(_find(Button.class, spec -> spec.withId("oit-check-urls"))).allMatch(b -> !b.isVisible());
        assertThat(editButton(hr, "O28").getText()).isEqualTo("ดู");
    }

    @Test
    void aDivisionHeadFillsAnItemOfTheirDivisionInTheEditor() {
        OitFixtures fixtures = new OitFixtures(context);
        FiscalYear year = fixtures.year(2588, List.of(new Entry("O1", "โครงสร้าง"), new Entry("O2", "ข้อมูลผู้บริหาร")));
        login("coordinator");
        context.getBean(OitChecklistService.class).save(fixtures.item(year, "O1"), new ChecklistEdit(fixtures.division("PUBLIC_WORKS"),
                DisclosureStatus.IN_PROGRESS, null, List.of(new RequiredPart("ผังโครงสร้าง", false)), List.of(), 0));

        open("head.works", 2588);
        assertThat(editButton(group("9.1"), "O2").getText()).isEqualTo("ดู");
        _click(editButton(group("9.1"), "O1"));
        _setValue(_get(TextArea.class, spec -> spec.withId("oit-urls")), "https://webportal.bangkok.go.th/wangthonglang/page/sub/17991");
        @SuppressWarnings("unchecked")
        Select<DisclosureStatus> status = _get(Select.class, spec -> spec.withId("oit-status"));
        assertThat(status.getListDataView().getItems()).doesNotContain(DisclosureStatus.VERIFIED);
        _setValue(status, DisclosureStatus.PUBLISHED);
        _click(_get(Button.class, spec -> spec.withId("oit-save")));

        assertThat(_get(Span.class, spec -> spec.withId("oit-published")).getText()).isEqualTo("เผยแพร่แล้ว 1 จาก 2 ข้อ (50%)");
        ChecklistRow o1 = row(group("9.1"), "O1");
        assertThat(o1.entry().addresses()).containsExactly("https://webportal.bangkok.go.th/wangthonglang/page/sub/17991");
        assertThat(o1.entry().partsNotDone()).containsExactly("ผังโครงสร้าง");
    }
}
