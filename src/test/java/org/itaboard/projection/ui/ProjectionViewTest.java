package org.itaboard.projection.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.measures.ui.WeakItemsView;
import org.itaboard.projection.service.SavedScenario;
import org.itaboard.test.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The director projects Wang Thonglang 2565 with its weak items fixed, saves the scenario and opens it again. */
class ProjectionViewTest extends KaribuTest {

    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void removeScenarios() {
        jdbc.update("delete from projection_scenario");
    }

    @Test
    void theDirectorMarksTheWeakItemsAndSeesIta9984() {
        login("director");
        UI.getCurrent().navigate(ProjectionView.class, QueryParameters.of("year", "2565"));
        assertThat(text("projected-ITA")).isEqualTo("96.15");

        _click(_get(Button.class, spec -> spec.withId("mark-weak")));

        assertThat(text("projected-ITA")).isEqualTo("99.84");
        assertThat(text("projected-OIT")).isEqualTo("100.00");
        assertThat(text("projected-IIT")).isEqualTo("99.92");
        assertThat(text("projected-grade")).isEqualTo("AA → AA");
        Grid<Item> grid = grid();
        assertThat(List.of(0, 1, 2, 3)).map(row -> GridKt._get(grid, row).getCode())
                .containsExactly("O9", "O27", "O28", "O41");
        assertThat(((Checkbox) GridKt._getCellComponent(grid, 3, "fix")).getValue()).isTrue();
        assertThat(((TextField) GridKt._getCellComponent(grid, 3, "target")).getValue()).isEqualTo("100");
    }

    @Test
    void aTargetTypedInThaiDigitsCountsAndANonsenseTargetIsRefusedInPlace() {
        login("director");
        UI.getCurrent().navigate(ProjectionView.class, QueryParameters.of("year", "2565"));
        _click(_get(Button.class, spec -> spec.withId("mark-weak")));
        TextField o41 = (TextField) GridKt._getCellComponent(grid(), 3, "target");

        _setValue(o41, "๐");
        assertThat(text("projected-ITA")).isEqualTo("98.59");

        _setValue(o41, "๑๒๐");
        assertThat(o41.isInvalid()).isTrue();
        assertThat(o41.getValue()).isEqualTo("๑๒๐");
        assertThat(text("projected-ITA")).isEqualTo("98.59");
    }

    @Test
    void aSavedScenarioOpensAgainAndTheAnalystReadsItWithoutSaving() {
        login("director");
        UI.getCurrent().navigate(ProjectionView.class, QueryParameters.of("year", "2565"));
        _click(_get(Button.class, spec -> spec.withId("mark-weak")));
        _setValue(_get(TextField.class, spec -> spec.withId("scenario-name")), "แก้ไข OIT 4 ข้อ");
        _click(_get(Button.class, spec -> spec.withId("save-scenario")));

        UI.getCurrent().navigate(ProjectionView.class, QueryParameters.of("year", "2565"));
        assertThat(text("projected-ITA")).isEqualTo("96.15");
        Select<SavedScenario> saved = savedScenarios();
        assertThat(saved.getListDataView().getItems()).extracting(SavedScenario::name).containsExactly("แก้ไข OIT 4 ข้อ");
        saved.setValue(saved.getListDataView().getItem(0));
        assertThat(text("projected-ITA")).isEqualTo("99.84");

        login("bma");
        UI.getCurrent().navigate(ProjectionView.class,
                QueryParameters.simple(Map.of("office", "wangthonglang", "year", "2565")));
        assertThat(_find(Button.class, spec -> spec.withId("save-scenario"))).isEmpty();
        Select<SavedScenario> asAnalyst = savedScenarios();
        asAnalyst.setValue(asAnalyst.getListDataView().getItem(0));
        assertThat(text("projected-ITA")).isEqualTo("99.84");
    }

    @Test
    void theWeakItemsPageLinksToTheProjectionForExecutivesOnly() {
        login("director");
        UI.getCurrent().navigate(WeakItemsView.class);
        assertThat(_get(RouterLink.class, spec -> spec.withId("open-projection")).isVisible()).isTrue();

        login("head.works");
        UI.getCurrent().navigate(WeakItemsView.class);
        assertThat(_find(RouterLink.class, spec -> spec.withId("open-projection"))).isEmpty();
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Item> grid() {
        return _get(Grid.class, spec -> spec.withId("projection-items"));
    }

    @SuppressWarnings("unchecked")
    private static Select<SavedScenario> savedScenarios() {
        return _get(Select.class, spec -> spec.withId("saved-scenarios"));
    }
}
