package org.itaboard.scoring.ui;

import org.itaboard.fiscalyear.domain.FiscalYear;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.itaboard.fiscalyear.service.FiscalYearService;
import org.itaboard.scoring.service.YearScores;
import org.itaboard.test.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Everyone reads the years; the coordinator changes settings and copies a year (to FY 2588, this class's). */
class FiscalYearsViewTest extends KaribuTest {

    @Autowired
    FiscalYearService years;

    @SuppressWarnings("unchecked")
    private Grid<YearScores> grid() {
        return _get(Grid.class);
    }

    @Test
    void directorReadsTheYearsWithoutEditButtons() {
        login("director");
        UI.getCurrent().navigate(FiscalYearsView.class);
        Grid<YearScores> grid = grid();
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(4);
        assertThat(GridKt._get(grid, indexOf(grid, 2565)).result().ita().computed()).isEqualByComparingTo("96.15");
        assertThat(GridKt._getFormattedRow(grid, indexOf(grid, 2565))).contains("AA",
                "ข้อมูลจากรายงานผล ITA ปี 2565 ของสำนักงานเขตวังทองหลาง", "7 ระดับ", "เฉลี่ยจากตัวชี้วัด");
        assertThat(indexOf(grid, 2570)).isLessThan(indexOf(grid, 2565)); // newest first
        assertThat(_find(Button.class, spec -> spec.withText("เริ่มปีใหม่โดยคัดลอก"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("edit-2565"))).isEmpty();
    }

    @Test
    void coordinatorIsToldWhenWeightsDoNotAddUpAndKeepsWhatWasTyped() {
        login("coordinator");
        UI.getCurrent().navigate(FiscalYearsView.class);
        Grid<YearScores> grid = grid();
        Button edit = (Button) GridKt._getCellComponent(grid, indexOf(grid, 2565), "edit");
        _click(edit);
        TextField oit = _get(TextField.class, spec -> spec.withLabel("น้ำหนัก OIT (%)"));
        _setValue(oit, "๔๕");
        _click(_get(Button.class, spec -> spec.withId("save-year")));
        assertThat(oit.getValue()).isEqualTo("๔๕");
        assertThat(year(2565).getWeightOit()).isEqualByComparingTo("40");
    }

    @Test
    void coordinatorStartsANewYearByCopying() {
        login("coordinator");
        UI.getCurrent().navigate(FiscalYearsView.class);
        _click(_get(Button.class, spec -> spec.withText("เริ่มปีใหม่โดยคัดลอก")));
        @SuppressWarnings("unchecked")
        Select<FiscalYear> from = _get(Select.class, spec -> spec.withLabel("คัดลอกจากปี"));
        from.setValue(year(2565));
        _setValue(_get(TextField.class, spec -> spec.withLabel("ปีงบประมาณใหม่ (พ.ศ.)")), "๒๕๘๘");
        _click(_get(Button.class, spec -> spec.withId("copy-year")));
        assertThat(years.catalogue(year(2588)).items()).hasSize(88).allMatch(i -> i.getScore() == null);
        assertThat(indexOf(grid(), 2588)).isGreaterThanOrEqualTo(0);
    }

    @Test
    void theNationalAverageIsSetInTheYearsSettingsWithThaiDigitsAndANewYearStartsWithoutIt() {
        login("coordinator");
        years.copyYear(year(2565), 2587);
        UI.getCurrent().navigate(FiscalYearsView.class);
        Grid<YearScores> grid = grid();
        assertThat(GridKt._getFormattedRow(grid, indexOf(grid, 2565))).contains("87.57");
        assertThat(GridKt._getFormattedRow(grid, indexOf(grid, 2587))).contains("ยังไม่กำหนด");

        _click((Button) GridKt._getCellComponent(grid, indexOf(grid, 2587), "edit"));
        TextField national = _get(TextField.class, spec -> spec.withId("national-average"));
        assertThat(national.getValue()).isEmpty();
        _setValue(national, "๙๓.๘๒");
        _click(_get(Button.class, spec -> spec.withId("save-year")));
        assertThat(year(2587).getNationalAverage()).isEqualByComparingTo("93.82");

        _click((Button) GridKt._getCellComponent(grid(), indexOf(grid(), 2587), "edit"));
        national = _get(TextField.class, spec -> spec.withId("national-average"));
        _setValue(national, "101");
        _click(_get(Button.class, spec -> spec.withId("save-year")));
        assertThat(national.getValue()).isEqualTo("101");
        assertThat(year(2587).getNationalAverage()).isEqualByComparingTo("93.82");
        _setValue(national, "");
        _click(_get(Button.class, spec -> spec.withId("save-year")));
        assertThat(year(2587).getNationalAverage()).isNull();
    }

    private static int indexOf(Grid<YearScores> grid, int be) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).year().getBeYear() == be) {
                return i;
            }
        }
        return -1;
    }
}
