package org.itaboard.hr.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.hr.HrFixtures;
import org.itaboard.hr.domain.HrVersion;
import org.itaboard.hr.domain.VersionStatus;
import org.itaboard.hr.service.CriteriaService;
import org.itaboard.test.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The HR workspace and a document's page, per role, on the demo's 2570 and a year of the test's own. */
class CriteriaWorkspaceViewTest extends KaribuTest {

    @Autowired
    private CriteriaService service;

    @Test
    void theHrOfficerSeesWhatIsDueInTheAssessorsWordsAndWhatTheyFoundLastTime() {
        open("hr", "hr");
        String due = text("hr-due");
        assertThat(due).contains("สิ่งที่ต้องเผยแพร่ ปีงบประมาณ 2570", "ขาด: หลักเกณฑ์การสรรหาและคัดเลือก",
                "ขาด: ประกาศ (เลขที่ วันที่ ผู้ลงนาม) ของหลักเกณฑ์การประเมินผลการปฏิบัติงาน", "ฉบับที่ 2 ใช้บังคับอยู่");
        assertThat(text("hr-awaiting")).contains("หลักเกณฑ์การสรรหาและคัดเลือกบุคลากร", "หลักเกณฑ์การพัฒนาบุคลากร");
        assertThat(text("hr-drafts")).contains("หลักเกณฑ์การให้คุณให้โทษและการสร้างขวัญกำลังใจ");
        assertThat(text("hr-last-year")).contains("ปีงบประมาณ 2565", "O27", "O28", "0 คะแนน",
                "ขาด: หลักเกณฑ์การพัฒนาบุคลากร", "ขาด: ผลการพัฒนาบุคลากรในรายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี");
        // The HR officer starts drafts where nothing is on its way; never approves.
        assertThat(_find(Button.class, spec -> spec.withId("hr-start-PERFORMANCE_APPRAISAL"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("hr-start-RECRUITMENT_SELECTION"))).isEmpty();
        assertThat(buttonIdsStartingWith("hr-approve-")).isEmpty();
    }

    @Test
    void theDirectorApprovesFromTheWorkspaceAndTheHrOfficerPublishes() {
        FiscalYear year = new HrFixtures(context).year(2583);
        HrVersion submitted = new HrFixtures(context).submittedReport(year, "รายงานประจำปี 2583", "ผลการพัฒนาบุคลากร");
        open("director", "hr?year=2583");
        assertThat(buttonIdsStartingWith("hr-approve-")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(buttonIdsStartingWith("hr-start-")).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("hr-approve-" + submitted.getId())));
        NotificationsKt.clearNotifications();
        assertThat(text("hr-approved")).contains("รายงานประจำปี 2583");
        assertThat(text("hr-awaiting")).doesNotContain("รายงานประจำปี 2583");

        open("hr", "hr?year=2583");
        _click(_get(Button.class, spec -> spec.withId("hr-publish-" + submitted.getId())));
        login("hr");
        assertThat(service.document(submitted.getDocument().getId()).versions().get(0).getStatus())
                .isEqualTo(VersionStatus.PUBLISHED);
        assertThat(text("hr-due")).contains("ฉบับที่ 1 ใช้บังคับอยู่");
    }

    @Test
    void theDirectorReturnsWithACommentTheHrOfficerSees() {
        FiscalYear year = new HrFixtures(context).year(2584);
        HrVersion submitted = new HrFixtures(context).submittedReport(year, "รายงาน 2584", "ข้อความ");
        open("director", "hr?year=2584");
        _click(_get(Button.class, spec -> spec.withId("hr-return-" + submitted.getId())));
        _setValue(_get(TextArea.class, spec -> spec.withId("hr-return-comment")), "เพิ่มผลการพัฒนาบุคลากร");
        _click(_get(Button.class, spec -> spec.withId("hr-return-confirm")));
        open("hr", "hr?year=2584");
        assertThat(text("hr-drafts")).contains("รายงาน 2584", "ส่งกลับแก้ไข: เพิ่มผลการพัฒนาบุคลากร");
    }

    @Test
    void theCoordinatorReadsButNeitherDraftsNorApproves() {
        open("coordinator", "hr");
        assertThat(text("hr-due")).contains("ขาด: หลักเกณฑ์การสรรหาและคัดเลือก");
        assertThat(buttonIdsStartingWith("hr-")).isEmpty();
    }

    @Test
    void theDocumentPageEditsADraftKeepsTypedTextOnARefusalAndShowsAPublishedVersionReadOnly() {
        FiscalYear year = new HrFixtures(context).year(2585);
        HrFixtures.signIn("hr", "HR_OFFICER");
        HrVersion draft = service.startDraft(new HrFixtures(context).wangThonglang(),
                org.itaboard.hr.domain.DocumentKind.ANNUAL_REPORT, year);
        open("hr", "hr/documents/" + draft.getDocument().getId());
        _setValue(_get(TextField.class, spec -> spec.withId("hr-title")), "รายงาน <b>2585</b>");
        _setValue(_get(TextArea.class, spec -> spec.withId("hr-body")), "- ผลการพัฒนา 12 หลักสูตร");
        _click(_get(Button.class, spec -> spec.withId("hr-submit")));
        NotificationsKt.expectNotifications("ยังส่งไม่ได้: กรุณาระบุเลขที่ประกาศ (บันทึกร่างไว้แล้ว)");
        assertThat(_get(TextField.class, spec -> spec.withId("hr-title")).getValue()).isEqualTo("รายงาน <b>2585</b>");
        assertThat(_get(TextArea.class, spec -> spec.withId("hr-body")).getValue()).isEqualTo("- ผลการพัฒนา 12 หลักสูตร");

        HrVersion published = new HrFixtures(context).publishedReport(new HrFixtures(context).year(2586),
                "รายงานที่เผยแพร่", "ข้อความ");
        open("hr", "hr/documents/" + published.getDocument().getId());
        assertThat(_find(Button.class, spec -> spec.withId("hr-save"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("hr-new-version"))).hasSize(1);
        assertThat(_get(Component.class, spec -> spec.withId("hr-version-state")).getElement().getTextRecursively())
                .contains("เผยแพร่แล้ว");
    }

    private void open(String username, String location) {
        login(username);
        String[] pathAndYear = location.split("\\?year=");
        if (pathAndYear.length == 2) {
            UI.getCurrent().navigate(pathAndYear[0], QueryParameters.of("year", pathAndYear[1]));
        } else {
            UI.getCurrent().navigate(location);
        }
    }

    private static String text(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private static java.util.List<String> buttonIdsStartingWith(String prefix) {
        return _find(Button.class).stream().map(b -> b.getId().orElse("")).filter(id -> id.startsWith(prefix)).toList();
    }
}
