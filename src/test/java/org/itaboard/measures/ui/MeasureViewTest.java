package org.itaboard.measures.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
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

    @Test
    void anApprovalShowsWhatIsApprovedNeedsThePasswordAndShowsWhoApproved() {
        open("director");
        _click(_get(Button.class, spec -> spec.withId("sign-off-approve")));
        SignOffDialog dialog = _get(SignOffDialog.class);
        String shown = dialog.getElement().getTextRecursively();
        assertThat(shown).contains("เผยแพร่ขั้นตอนการขออนุญาตก่อสร้าง", "ร่าง", "0%");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("sign-off-kpi")).getText())
                .isNotBlank();
        _setValue(_get(dialog, TextArea.class), "เห็นชอบ ให้ดำเนินการต่อ");
        _setValue(_get(PasswordField.class, spec -> spec.withId("sign-off-password")), "not-my-password");
        _click(_get(Button.class, spec -> spec.withId("sign-off-confirm")));
        assertThat(dialog.isOpened()).isTrue();
        NotificationsKt.expectNotifications("รหัสผ่านไม่ถูกต้อง การลงนามยังไม่ถูกบันทึก");
        assertThat(service.signOffs(measure.getId())).isEmpty();
        assertThat(_get(dialog, TextArea.class).getValue()).isEqualTo("เห็นชอบ ให้ดำเนินการต่อ");

        _setValue(_get(PasswordField.class, spec -> spec.withId("sign-off-password")), "demo1234");
        _click(_get(Button.class, spec -> spec.withId("sign-off-confirm")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(service.get(measure.getId()).isFrozen()).isTrue();
        String decision = _get(SignOffPanel.class).getElement().getTextRecursively();
        assertThat(decision).contains("อนุมัติ", "นายวิชัย ธรรมรักษ์, ผู้อำนวยการเขต", "1 ธ.ค. 2569", "เห็นชอบ ให้ดำเนินการต่อ")
                .doesNotContain("director");
    }

    @Test
    void peopleAreShownByNameAndPositionAndTheUploadSpeaksThai() {
        open("head.works");
        _click(_get(Button.class, spec -> spec.withId("add-progress")));
        _setValue(_get(TextField.class, spec -> spec.withId("progress-value")), "20");
        _setValue(_get(TextArea.class, spec -> spec.withId("progress-text")), "สำรวจจุดติดป้ายแล้ว");
        _click(_get(Button.class, spec -> spec.withId("progress-save")));

        String timeline = _get(TimelineSection.class).getElement().getTextRecursively();
        assertThat(timeline).contains("นายธนากร วงศ์ใหญ่, หัวหน้าฝ่ายโยธา").doesNotContain("head.works");
        String history = _get(HistorySection.class).getElement().getTextRecursively();
        assertThat(history).contains("นางสุภาพร แก้วมณี, หัวหน้าคณะทำงาน ITA").doesNotContain("coordinator");
        assertThat(_get(EvidenceCard.class).getElement().getTextRecursively())
                .contains("เพิ่มโดย นางสุภาพร แก้วมณี, หัวหน้าคณะทำงาน ITA");

        _click(_get(Button.class, spec -> spec.withId("add-evidence-file")));
        EvidenceFileDialog dialog = _get(EvidenceFileDialog.class);
        com.vaadin.flow.component.upload.UploadI18N texts = _get(dialog, FileField.class).getI18n();
        assertThat(texts.getAddFiles().getOne()).isEqualTo("เลือกไฟล์…");
        assertThat(texts.getDropFiles().getOne()).startsWith("หรือลากไฟล์มาวางที่นี่");
        assertThat(texts.getError().getFileIsTooBig()).isEqualTo("ไฟล์ใหญ่เกินกำหนด");
        var dates = _find(dialog, org.itaboard.base.ui.BuddhistDatePicker.class);
        assertThat(dates.get(0).getPlaceholder()).isEqualTo("เช่น 1 ธ.ค. 2569");
        assertThat(dates.get(1).getPlaceholder()).isEqualTo("ไม่มีวันหมดอายุ (ไม่บังคับ)");
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
