package org.itaboard.measures.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.measures.MeasureFixtures;
import org.itaboard.measures.domain.Measure;
import org.itaboard.test.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The weak items page of 2581 with the measures of 2582, a later plan year: a weak item's card lists them with their
 * year, and the coordinator links a weak item to the item of a later year that asks the same under another code.
 */
class WeakItemsViewTest extends KaribuTest {

    private MeasureFixtures fixtures;
    private MeasureFixtures.Year results;
    private MeasureFixtures.Year plan;
    private Measure onI2;
    private Measure onI3;

    @BeforeEach
    void measuresOfTheNextYear() {
        fixtures = new MeasureFixtures(context);
        results = fixtures.year(2581);
        plan = fixtures.year(2582);
        onI2 = fixtures.measure(plan, "อบรมขั้นตอนการให้บริการ ปีถัดไป", "PUBLIC_WORKS");
        fixtures.signIn("coordinator");
        onI3 = measureOn(plan.good(), "มาตรการของข้อ I3 ปี 2582");
    }

    private Measure measureOn(Item item, String title) {
        var form = new org.itaboard.measures.domain.MeasureForm();
        form.setFiscalYear(plan.year());
        form.set(org.itaboard.measures.domain.MeasureField.TITLE, title);
        form.set(org.itaboard.measures.domain.MeasureField.ITEMS, java.util.Set.of(item));
        return context.getBean(org.itaboard.measures.service.MeasureService.class).save(form);
    }

    private void open(String user) {
        login(user);
        UI.getCurrent().navigate(WeakItemsView.class, QueryParameters.simple(Map.of("year", "2581")));
    }

    private static Div card(String code) {
        return _get(Div.class, spec -> spec.withId("weak-item-" + code));
    }

    private static String text(Component c) {
        return _find(c, Span.class).stream().map(Span::getText).collect(Collectors.joining(" | "));
    }

    @Test
    void aWeakItemsCardShowsTheMeasureOfALaterYear() {
        open("coordinator");
        Div i2 = card("I2");
        assertThat(i2.getClassNames()).doesNotContain("weak-item-uncovered");
        assertThat(_find(i2, RouterLink.class)).extracting(RouterLink::getText).containsExactly(onI2.getTitle());
        assertThat(_find(i2, Span.class, spec -> spec.withClasses("weak-item-measure-year")))
                .extracting(Span::getText).containsExactly("2582");
        assertThat(text(i2)).contains("2582 | · | ").contains("0%");

        // I1 has no measure in any year: red, and first.
        Div i1 = card("I1");
        assertThat(i1.getClassNames()).contains("weak-item-uncovered");
        assertThat(text(i1)).contains("ยังไม่มีมาตรการ");
        List<Div> cards = _find(Div.class, spec -> spec.withClasses("ita-card")).stream()
                .filter(d -> d.getId().orElse("").startsWith("weak-item-")).toList();
        assertThat(cards.get(0).getId()).hasValue("weak-item-I1");
    }

    @Test
    void theCoordinatorLinksAWeakItemToAnotherCodeOfALaterYearAndRemovesTheLink() {
        open("coordinator");
        _click(_get(card("I1"), Button.class, spec -> spec.withId("crosswalk-for-I1")));
        @SuppressWarnings("unchecked")
        Select<FiscalYear> year = _get(Select.class, spec -> spec.withId("crosswalk-year"));
        assertThat(year.getValue().getBeYear()).as("the newest later year first").isEqualTo(2582);
        @SuppressWarnings("unchecked")
        ComboBox<Item> item = _get(ComboBox.class, spec -> spec.withId("crosswalk-item"));
        _setValue(item, plan.good());
        _click(_get(Button.class, spec -> spec.withId("crosswalk-save")));

        Div i1 = card("I1");
        assertThat(i1.getClassNames()).doesNotContain("weak-item-uncovered");
        assertThat(_find(i1, RouterLink.class)).extracting(RouterLink::getText).containsExactly(onI3.getTitle());
        assertThat(text(i1)).contains("เชื่อมกับข้อ I3 ปี 2582: ข้อ I3");

        _click(_get(i1, Button.class, spec -> spec.withClasses("unlink-button")));
        assertThat(card("I1").getClassNames()).contains("weak-item-uncovered");
        assertThat(_find(card("I1"), RouterLink.class)).isEmpty();
    }

    @Test
    void othersSeeTheMeasuresButNoLinkAction() {
        open("director");
        assertThat(_find(card("I2"), RouterLink.class)).extracting(RouterLink::getText).containsExactly(onI2.getTitle());
        assertThat(_find(Button.class, spec -> spec.withId("crosswalk-for-I1"))).isEmpty();
    }
}
