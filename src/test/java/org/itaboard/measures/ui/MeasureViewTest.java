package org.itaboard.measures.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.itaboard.measures.MeasureFixtures;
import org.itaboard.measures.domain.Measure;
import org.itaboard.measures.domain.MeasureStatus;
import org.itaboard.measures.service.EvidenceService;
import org.itaboard.measures.service.MeasureService;
import org.itaboard.test.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The measure page offers each user the actions the service allows them, and nothing else: a draft
 * led by Public Works, supported by Registration, with one link as evidence.
 */
class MeasureViewTest extends KaribuTest {

    private static final List<String> ACTIONS = List.of("add-progress", "edit-measure", "measure-activate",
            "measure-complete", "measure-verify", "measure-reopen", "measure-cancel", "add-evidence-file",
            "add-evidence-link", "sign-off-approve", "sign-off-return");

    @Autowired
    private MeasureService service;
    @Autowired
    private EvidenceService evidence;

    private MeasureFixtures fixtures;
    private Measure measure;

    @BeforeEach
    void draftWithALink() {
        fixtures = new MeasureFixtures(context);
        measure = fixtures.measure(fixtures.year(2585), "เผยแพร่ขั้นตอนการขออนุญาตก่อสร้าง", "PUBLIC_WORKS", "REGISTRATION");
        fixtures.signIn("coordinator");
        evidence.addLink(measure.getId(), "ประกาศบนเว็บไซต์", "https://example.org/notice", null, null);
    }

    @Test
    void theCoordinatorRunsTheMeasureButDoesNotSignItOff() {
        open("coordinator");
        assertThat(shownActions()).containsExactly("add-progress", "edit-measure", "measure-activate", "measure-cancel",
                "add-evidence-file", "add-evidence-link");
        assertThat(verifyEvidenceButtons()).hasSize(1);
    }

    @Test
    void anExecutiveOnlySignsOff() {
        open("director");
        assertThat(shownActions()).containsExactly("sign-off-approve", "sign-off-return");
        assertThat(verifyEvidenceButtons()).isEmpty();
    }

    @Test
    void theLeadDivisionsHeadEditsAndReportsTheSupportingOneOnlyReports() {
        open("head.works");
        assertThat(shownActions()).containsExactly("add-progress", "edit-measure", "measure-activate",
                "add-evidence-file", "add-evidence-link");
        assertThat(verifyEvidenceButtons()).isEmpty();

        open("head.registration");
        assertThat(shownActions()).containsExactly("add-progress", "add-evidence-file", "add-evidence-link");
    }

    @Test
    void aRefusedReportKeepsTheDialogOpenAndASavedOneJoinsTheTimeline() {
        open("head.works");
        _click(_get(Button.class, spec -> spec.withId("measure-activate")));
        assertThat(shownActions()).contains("measure-complete").doesNotContain("measure-activate");
        NotificationsKt.clearNotifications();

        _click(_get(Button.class, spec -> spec.withId("add-progress")));
        ProgressDialog dialog = _get(ProgressDialog.class);
        _setValue(_get(TextField.class, spec -> spec.withId("progress-value")), "๔๐");
        _click(_get(Button.class, spec -> spec.withId("progress-save")));
        assertThat(dialog.isOpened()).isTrue();
        NotificationsKt.expectNotifications("กรุณาระบุสิ่งที่ดำเนินการ");
        assertThat(_get(TextField.class, spec -> spec.withId("progress-value")).getValue()).isEqualTo("๔๐");

        _setValue(_get(TextArea.class, spec -> spec.withId("progress-text")), "ติดป้ายที่จุดบริการแล้ว");
        _click(_get(Button.class, spec -> spec.withId("progress-save")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(_get(TimelineSection.class).getElement().getTextRecursively()).contains("ติดป้ายที่จุดบริการแล้ว")
                .contains("40%");
    }

    @Test
    void theCoordinatorCancelsOnlyWithAReasonAndMayThenReopen() {
        open("coordinator");
        _click(_get(Button.class, spec -> spec.withId("measure-cancel")));
        ReasonDialog dialog = _get(ReasonDialog.class);
        _click(_get(Button.class, spec -> spec.withId("reason-confirm")));
        assertThat(dialog.isOpened()).isTrue();

        _setValue(_get(dialog, TextArea.class), "รวมกับมาตรการอื่น");
        _click(_get(Button.class, spec -> spec.withId("reason-confirm")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(service.get(measure.getId()).getStatus()).isEqualTo(MeasureStatus.CANCELLED);
        assertThat(shownActions()).containsExactly("measure-reopen");
    }

    private void open(String username) {
        login(username);
        UI.getCurrent().navigate("measures/" + measure.getId());
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MeasureView.class);
    }

    /** The page's action buttons, in page order. */
    private static List<String> shownActions() {
        return _find(Button.class).stream().map(b -> b.getId().orElse("")).filter(ACTIONS::contains).toList();
    }

    private static List<Button> verifyEvidenceButtons() {
        return _find(Button.class, spec -> spec.withClasses("verify-evidence"));
    }
}
