package org.itaboard.measures.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.util.Map;
import org.itaboard.measures.MeasureFixtures;
import org.itaboard.measures.domain.Measure;
import org.itaboard.measures.domain.MeasureField;
import org.itaboard.measures.service.MeasureQuery;
import org.itaboard.measures.service.MeasureService;
import org.itaboard.test.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The measure form keeps what was typed when validation refuses, saves with Thai digits, and shows the page. */
class MeasureFormViewTest extends KaribuTest {

    @Autowired
    private MeasureService service;

    @Test
    void invalidInputKeepsTypedValuesAndAValidSaveOpensTheMeasure() {
        MeasureFixtures.Year year = new MeasureFixtures(context).year(2584);
        login("coordinator");
        UI.getCurrent().navigate("measure-form", QueryParameters.simple(Map.of("year", "2584", "item", "I1")));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MeasureFormView.class);

        _setValue(_get(TextArea.class, spec -> spec.withLabel("วิธีดำเนินการ")), "ติดป้ายและแจกแผ่นพับ");
        _setValue(_get(TextField.class, spec -> spec.withLabel("ค่าเป้าหมาย")), "แปดสิบ");
        _click(_get(Button.class, spec -> spec.withId("measure-save")));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MeasureFormView.class);
        assertThat(_get(TextArea.class, spec -> spec.withLabel("ชื่อมาตรการ/กิจกรรม")).isInvalid()).isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withLabel("วิธีดำเนินการ")).getValue()).isEqualTo("ติดป้ายและแจกแผ่นพับ");
        assertThat(_get(TextField.class, spec -> spec.withLabel("ค่าเป้าหมาย")).getValue()).isEqualTo("แปดสิบ");

        _setValue(_get(TextArea.class, spec -> spec.withLabel("ชื่อมาตรการ/กิจกรรม")), "อบรมการให้บริการด้วยความเต็มใจ");
        _setValue(_get(TextField.class, spec -> spec.withLabel("ค่าเป้าหมาย")), "๘๐");
        _click(_get(Button.class, spec -> spec.withId("measure-save")));

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MeasureView.class);
        Measure saved = service.search(new MeasureQuery(year(2584), "I1", null, null, false)).stream()
                .filter(m -> m.getTitle().equals("อบรมการให้บริการด้วยความเต็มใจ")).findFirst().orElseThrow();
        assertThat(saved.getKpi().target()).isEqualByComparingTo(new BigDecimal("80"));
        assertThat(saved.getActivity()).isEqualTo("ติดป้ายและแจกแผ่นพับ");
        assertThat(saved.getItems()).extracting("code").containsExactly("I1");
        assertThat(year.year().getBeYear()).isEqualTo(2584);
    }

    @Test
    void divisionHeadSeesMyDivisionAndTheMeasurePage() {
        MeasureFixtures fixtures = new MeasureFixtures(context);
        Measure m = fixtures.measure(fixtures.year(2584), "งานของฝ่ายโยธาในหน้าฝ่าย", "PUBLIC_WORKS");
        login("head.works");
        UI.getCurrent().navigate(MyDivisionView.class);
        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<Measure>) _get(MeasureGrid.class);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid)).isPositive();
        UI.getCurrent().navigate("measures/" + m.getId());
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MeasureView.class);
        assertThat(_get(Button.class, spec -> spec.withId("add-progress")).isEnabled()).isTrue();
        assertThat(_get(Button.class, spec -> spec.withId("edit-measure")).isEnabled()).isTrue();
    }

    @Test
    void listFiltersByYearAndLateAndOffersExport() {
        MeasureFixtures fixtures = new MeasureFixtures(context);
        fixtures.measure(fixtures.year(2584), "มาตรการในรายการทั้งหมด", "REGISTRATION");
        login("director");
        UI.getCurrent().navigate(MeasureListView.class);
        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<Measure>) _get(MeasureGrid.class);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid)).isPositive();
        _setValue(_get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withLabel("เฉพาะที่ล่าช้า")), true);
        for (int i = 0; i < com.github.mvysny.kaributesting.v10.GridKt._size(grid); i++) {
            assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(grid, i).isLate(service.today())).isTrue();
        }
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("measures-export")).getHref()).isNotBlank();
    }

    @Test
    void aSecondSaverChoosesPerFieldAndTheColleaguesOtherChangeStays() {
        MeasureFixtures fixtures = new MeasureFixtures(context);
        Measure m = fixtures.measure(fixtures.year(2584), "ประชาสัมพันธ์ช่องทางร้องเรียน", "PUBLIC_WORKS");
        login("coordinator");
        UI.getCurrent().navigate("measure-form/" + m.getId());
        _setValue(_get(TextArea.class, spec -> spec.withLabel("วิธีดำเนินการ")), "ติดป้ายที่จุดบริการทุกจุด");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("ผลผลิตที่คาดหวัง")), "ป้าย 10 จุด");

        // Meanwhile the head of Public Works saves the same measure: the same field and another one.
        fixtures.signIn("head.works");
        var theirs = service.form(m.getId());
        theirs.set(MeasureField.ACTIVITY, "ประกาศบนเว็บไซต์สำนักงานเขต");
        theirs.set(MeasureField.CHANNELS, "เว็บไซต์");
        service.save(theirs);
        login("coordinator");

        _click(_get(Button.class, spec -> spec.withId("measure-save")));

        com.vaadin.flow.component.dialog.Dialog conflict = _get(com.vaadin.flow.component.dialog.Dialog.class,
                spec -> spec.withId("measure-conflict"));
        var choices = com.github.mvysny.kaributesting.v10.LocatorJ._find(conflict,
                com.vaadin.flow.component.radiobutton.RadioButtonGroup.class);
        assertThat(choices).singleElement().satisfies(choice -> {
            assertThat(choice.getLabel()).isEqualTo("วิธีดำเนินการ");
            @SuppressWarnings("unchecked")
            var group = (com.vaadin.flow.component.radiobutton.RadioButtonGroup<Object>) choice;
            assertThat(group.getListDataView().getItems().map(group.getItemLabelGenerator()::apply).toList())
                    .containsExactly("ค่าปัจจุบัน (ที่ผู้อื่นบันทึก): ประกาศบนเว็บไซต์สำนักงานเขต",
                            "ค่าของฉัน: ติดป้ายที่จุดบริการทุกจุด");
        });
        assertThat(_get(TextArea.class, spec -> spec.withLabel("วิธีดำเนินการ")).getValue()).isEqualTo("ติดป้ายที่จุดบริการทุกจุด");

        // Keep editing: the field the coordinator did not touch now shows the colleague's value.
        _click(_get(conflict, Button.class, spec -> spec.withId("conflict-keep-editing")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("ช่องทางการสื่อสาร")).getValue()).isEqualTo("เว็บไซต์");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("วิธีดำเนินการ")).getValue()).isEqualTo("ติดป้ายที่จุดบริการทุกจุด");

        // Saving again is no longer a conflict: the coordinator's edits go onto the colleague's.
        _click(_get(Button.class, spec -> spec.withId("measure-save")));
        Measure saved = service.get(m.getId());
        assertThat(saved.getActivity()).isEqualTo("ติดป้ายที่จุดบริการทุกจุด");
        assertThat(saved.getExpectedOutput()).isEqualTo("ป้าย 10 จุด");
        assertThat(saved.getChannels()).isEqualTo("เว็บไซต์");
    }

    @Test
    void choosingTheColleaguesValueKeepsItAndSavesMyOtherEdits() {
        MeasureFixtures fixtures = new MeasureFixtures(context);
        Measure m = fixtures.measure(fixtures.year(2584), "ปรับปรุงจุดบริการ", "PUBLIC_WORKS");
        login("coordinator");
        UI.getCurrent().navigate("measure-form/" + m.getId());
        _setValue(_get(TextArea.class, spec -> spec.withLabel("วิธีดำเนินการ")), "ของผู้ประสานงาน");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("ผลผลิตที่คาดหวัง")), "ผลผลิตของผู้ประสานงาน");
        fixtures.signIn("head.works");
        var theirs = service.form(m.getId());
        theirs.set(MeasureField.ACTIVITY, "ของฝ่ายโยธา");
        service.save(theirs);
        login("coordinator");

        _click(_get(Button.class, spec -> spec.withId("measure-save")));
        com.vaadin.flow.component.dialog.Dialog conflict = _get(com.vaadin.flow.component.dialog.Dialog.class,
                spec -> spec.withId("measure-conflict"));
        _click(_get(conflict, Button.class, spec -> spec.withId("conflict-save")));
        assertThat(conflict.isOpened()).isTrue(); // nothing chosen yet
        @SuppressWarnings("unchecked")
        var choice = (com.vaadin.flow.component.radiobutton.RadioButtonGroup<Object>) _get(
                com.vaadin.flow.component.radiobutton.RadioButtonGroup.class, spec -> spec.withId("conflict-activity"));
        _setValue(choice, choice.getListDataView().getItems().findFirst().orElseThrow()); // the current value
        _click(_get(conflict, Button.class, spec -> spec.withId("conflict-save")));

        Measure saved = service.get(m.getId());
        assertThat(saved.getActivity()).isEqualTo("ของฝ่ายโยธา");
        assertThat(saved.getExpectedOutput()).isEqualTo("ผลผลิตของผู้ประสานงาน");
    }

    @Test
    void theHistoryReadsInBuddhistEraDatesAndThaiWords() {
        MeasureFixtures fixtures = new MeasureFixtures(context);
        Measure m = fixtures.measure(fixtures.year(2584), "ทบทวนคู่มือประชาชน", "PUBLIC_WORKS");
        fixtures.signIn("coordinator");
        var form = service.form(m.getId());
        form.set(MeasureField.DUE_DATE, java.time.LocalDate.of(2026, 3, 31));
        service.save(form);
        service.activate(m.getId());

        login("director");
        UI.getCurrent().navigate("measures/" + m.getId());
        java.util.List<String> lines = com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.html.Span.class)
                .stream().map(com.vaadin.flow.component.html.Span::getText).toList();
        assertThat(lines).anyMatch(t -> t.contains("31 มี.ค. 2569"));
        assertThat(lines).anyMatch(t -> t.contains("ร่าง → กำลังดำเนินการ"));
        assertThat(lines).noneMatch(t -> t.contains("2026-03-31") || t.contains("ACTIVE"));
    }
}
