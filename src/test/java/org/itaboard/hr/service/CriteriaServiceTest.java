package org.itaboard.hr.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itaboard.hr.HrFixtures.signIn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.hr.HrFixtures;
import org.itaboard.hr.domain.Completeness;
import org.itaboard.hr.domain.DocumentKind;
import org.itaboard.hr.domain.Gap;
import org.itaboard.hr.domain.HrVersion;
import org.itaboard.hr.domain.KindStatus;
import org.itaboard.hr.domain.VersionContent;
import org.itaboard.hr.domain.VersionStatus;
import org.itaboard.test.PostgresTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/** The personnel criteria's workflow per role, the completeness check on the demo's fixed 2565 and 2570 data. */
class CriteriaServiceTest extends PostgresTest {

    private static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");

    @Autowired
    private CriteriaService service;

    @Autowired
    private ApplicationContext context;

    private HrFixtures fixtures;
    private FiscalYear year;

    @BeforeEach
    void ownYear() {
        fixtures = new HrFixtures(context);
        year = fixtures.year(2581);
    }

    @Test
    void hrOfficerDraftsAndSubmitsExecutiveApprovesAndPublicationRecordsWhoAndWhen() {
        HrVersion submitted = fixtures.submittedReport(year, "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล 2580", "ผลการพัฒนา");
        assertThat(submitted.getStatus()).isEqualTo(VersionStatus.SUBMITTED);
        assertThat(submitted.getSubmittedBy()).isEqualTo("hr");
        assertThat(service.awaitingApproval(fixtures.wangThonglang())).extracting(HrVersion::getId).contains(submitted.getId());

        signIn("director", "EXECUTIVE");
        HrVersion approved = service.approve(submitted.getId());
        assertThat(approved.getApprovedBy()).isEqualTo("director");
        assertThat(approved.getApprovedAt()).isEqualTo(NOW);
        HrVersion published = service.publish(submitted.getId());
        assertThat(published.getStatus()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(published.getPublishedBy()).isEqualTo("director");
        assertThat(published.getPublishedAt()).isEqualTo(NOW);
        assertThat(service.awaitingApproval(fixtures.wangThonglang())).extracting(HrVersion::getId)
                .doesNotContain(submitted.getId());
        assertThat(service.history(published.getDocument().getId())).extracting(e -> e.getAction())
                .contains("hrDraftStarted", "hrDraftSaved", "hrFileAttached", "hrSubmitted", "hrApproved", "hrPublished");
    }

    @Test
    void hrOfficerCannotApproveNorPublishBeforeApproval() {
        HrVersion submitted = fixtures.submittedReport(year, "รายงาน", "ข้อความ");
        signIn("hr", "HR_OFFICER");
        assertThatThrownBy(() -> service.approve(submitted.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.publish(submitted.getId()))
                .isInstanceOf(BusinessRuleException.class).hasMessage("hr.error.notApproved");
        assertThat(service.actionsFor(submitted).approve()).isFalse();
    }

    @Test
    void aPublishedVersionCannotBeEditedOnlySupersededByANewVersionUnderTheSameDocument() {
        HrVersion first = fixtures.publishedReport(year, "ฉบับแรก", "ข้อความเดิม");
        signIn("hr", "HR_OFFICER");
        VersionContent changed = HrFixtures.complete("แก้ไขแล้ว", "ข้อความใหม่");
        assertThatThrownBy(() -> service.saveDraft(first.getId(), first.getVersion(), changed))
                .isInstanceOf(BusinessRuleException.class).hasMessage("hr.error.notDraft");
        assertThatThrownBy(() -> service.attach(first.getId(), "more.pdf", HrFixtures.pdf()))
                .isInstanceOf(BusinessRuleException.class).hasMessage("hr.error.notDraft");
        assertThat(service.actionsFor(first).edit()).isFalse();
        assertThat(service.actionsFor(first).newVersion()).isTrue();

        HrVersion second = service.startDraft(fixtures.wangThonglang(), DocumentKind.ANNUAL_REPORT, year);
        assertThat(second.getNumber()).isEqualTo(2);
        assertThat(second.getDocument().getId()).isEqualTo(first.getDocument().getId());
        assertThat(second.getTitle()).as("a new version starts from the published text").isEqualTo("ฉบับแรก");
        assertThatThrownBy(() -> service.startDraft(fixtures.wangThonglang(), DocumentKind.ANNUAL_REPORT, year))
                .isInstanceOf(BusinessRuleException.class).hasMessage("hr.error.versionInProgress");
        HrVersion edited = service.saveDraft(second.getId(), second.getVersion(), changed);
        service.submit(edited.getId());
        signIn("director", "EXECUTIVE");
        service.approve(edited.getId());
        service.publish(edited.getId());

        Map<Integer, VersionStatus> statuses = service.document(first.getDocument().getId()).versions().stream()
                .collect(Collectors.toMap(HrVersion::getNumber, HrVersion::getStatus));
        assertThat(statuses).containsEntry(1, VersionStatus.SUPERSEDED).containsEntry(2, VersionStatus.PUBLISHED);
    }

    @Test
    void anotherOfficesUsersAreRefusedWhateverTheirRole() {
        HrVersion submitted = fixtures.submittedReport(year, "รายงาน", "ข้อความ");
        signIn("director.nongchok", "EXECUTIVE");
        assertThatThrownBy(() -> service.approve(submitted.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.document(submitted.getDocument().getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.completeness(year)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.awaitingApproval(fixtures.wangThonglang())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void otherRolesOfTheOfficeAreRefusedTheStepsAndTheAnalystOnlyReads() {
        HrVersion submitted = fixtures.submittedReport(year, "รายงาน", "ข้อความ");
        for (String role : new String[] {"COORDINATOR", "DIVISION_HEAD", "ADMIN"}) {
            signInAs(role);
            assertThatThrownBy(() -> service.startDraft(fixtures.wangThonglang(), DocumentKind.POLICY, null))
                    .as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.approve(submitted.getId())).as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.publish(submitted.getId())).as(role).isInstanceOf(AccessDeniedException.class);
        }
        signInAs("BMA_ANALYST");
        assertThat(service.document(submitted.getDocument().getId()).versions()).hasSize(1);
        assertThat(service.actionsFor(submitted)).isEqualTo(new HrActions(false, false, false, false, false, false));
        assertThatThrownBy(() -> service.approve(submitted.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theExecutiveReturnsWithACommentAndTheDraftCanBeEditedAgain() {
        HrVersion submitted = fixtures.submittedReport(year, "รายงาน", "ข้อความ");
        signIn("director", "EXECUTIVE");
        assertThatThrownBy(() -> service.returnForChanges(submitted.getId(), " "))
                .isInstanceOf(BusinessRuleException.class).hasMessage("hr.error.commentRequired");
        HrVersion returned = service.returnForChanges(submitted.getId(), "เพิ่มผลการพัฒนาบุคลากร");
        assertThat(returned.getStatus()).isEqualTo(VersionStatus.DRAFT);
        assertThat(returned.getReturnComment()).isEqualTo("เพิ่มผลการพัฒนาบุคลากร");
        signIn("hr", "HR_OFFICER");
        assertThat(service.actionsFor(returned).edit()).isTrue();
        assertThat(service.submit(returned.getId()).getReturnComment()).isNull();
    }

    @Test
    void aDraftGoesToTheExecutiveOnlyWithItsAnnouncementAndOnlyPdfFilesAreAttached() {
        signIn("hr", "HR_OFFICER");
        HrVersion draft = service.startDraft(fixtures.wangThonglang(), DocumentKind.ANNUAL_REPORT, year);
        HrVersion saved = service.saveDraft(draft.getId(), draft.getVersion(),
                new VersionContent("รายงาน", null, null, null, LocalDate.of(2026, 11, 1), "ข้อความ", false));
        assertThatThrownBy(() -> service.submit(saved.getId()))
                .isInstanceOf(BusinessRuleException.class).hasMessage("hr.field.announcementNumber.required");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> service.attach(saved.getId(), "announcement.pdf", png))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> service.attach(saved.getId(), "announcement.pdf", "not a pdf".getBytes()))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(service.attach(saved.getId(), "ประกาศ.pdf", HrFixtures.pdf()).contentType()).isEqualTo("application/pdf");
    }

    @Test
    void markupInTheBodyIsSanitisedOnSave() {
        signIn("hr", "HR_OFFICER");
        HrVersion draft = service.startDraft(fixtures.wangThonglang(), DocumentKind.ANNUAL_REPORT, year);
        HrVersion saved = service.saveDraft(draft.getId(), draft.getVersion(), HrFixtures.complete("<b>ชื่อ</b>",
                "<p onclick=\"steal()\">ย่อหน้า</p><script>alert(1)</script><a href=\"javascript:alert(2)\">ลิงก์</a>"));
        assertThat(saved.getBodyHtml()).contains("ย่อหน้า").doesNotContain("script", "onclick", "javascript");
        assertThat(saved.getTitle()).as("titles are kept as typed and escaped wherever shown").isEqualTo("<b>ชื่อ</b>");
    }

    /** Demo data: as the 2565 assessors found it (O27 and O28 scored 0). */
    @Test
    void completenessOf2565ShowsWhyO27AndO28ScoredZero() {
        signInAs("HR_OFFICER");
        Completeness c2565 = service.completeness(year(2565));
        assertThat(c2565.checkedOn()).isEqualTo(LocalDate.of(2022, 9, 30));
        assertThat(gaps(c2565)).containsExactlyInAnyOrderEntriesOf(Map.of(
                DocumentKind.POLICY, "",
                DocumentKind.RECRUITMENT_SELECTION, "MISSING",
                DocumentKind.APPOINTMENT_TRANSFER, "NO_ANNOUNCEMENT",
                DocumentKind.STAFF_DEVELOPMENT, "MISSING",
                DocumentKind.PERFORMANCE_APPRAISAL, "NO_ANNOUNCEMENT",
                DocumentKind.REWARD_PUNISHMENT_MORALE, "MISSING",
                DocumentKind.ANNUAL_REPORT, "NO_DEVELOPMENT_RESULTS"));
    }

    /** Demo data: this year, the appointment criteria republished under an announcement; the rest in the workflow. */
    @Test
    void completenessOfThisYearShowsTheGapsPartlyClosed() {
        signInAs("HR_OFFICER");
        Completeness now = service.completeness(year(2570));
        assertThat(now.checkedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(gaps(now)).containsExactlyInAnyOrderEntriesOf(Map.of(
                DocumentKind.POLICY, "",
                DocumentKind.RECRUITMENT_SELECTION, "MISSING",
                DocumentKind.APPOINTMENT_TRANSFER, "",
                DocumentKind.STAFF_DEVELOPMENT, "MISSING",
                DocumentKind.PERFORMANCE_APPRAISAL, "NO_ANNOUNCEMENT",
                DocumentKind.REWARD_PUNISHMENT_MORALE, "MISSING",
                DocumentKind.ANNUAL_REPORT, "MISSING"));
        assertThat(service.awaitingApproval(wangThonglang())).extracting(v -> v.getDocument().getKind())
                .containsExactlyInAnyOrder(DocumentKind.RECRUITMENT_SELECTION, DocumentKind.STAFF_DEVELOPMENT);
        assertThat(service.lastAssessment(year(2570)).orElseThrow().items()).extracting(i -> i.getCode())
                .containsExactly("O25", "O26", "O27", "O28");
    }

    @Test
    void aYearsReportCountsOnlyOnceItIsPublishedWithDevelopmentResultsAndASignedFile() {
        signInAs("HR_OFFICER");
        assertThat(service.completeness(year).of(DocumentKind.ANNUAL_REPORT).gaps()).containsExactly(Gap.MISSING);
        fixtures.publishedReport(year, "รายงาน", "ผลการพัฒนาบุคลากร");
        signInAs("HR_OFFICER");
        KindStatus report = service.completeness(year).of(DocumentKind.ANNUAL_REPORT);
        assertThat(report.complete()).isTrue();
        assertThat(report.inForce()).isPresent();
    }

    private static Map<DocumentKind, String> gaps(Completeness completeness) {
        return completeness.kinds().stream().collect(Collectors.toMap(KindStatus::kind,
                k -> k.gaps().stream().map(Gap::name).collect(Collectors.joining(","))));
    }
}
