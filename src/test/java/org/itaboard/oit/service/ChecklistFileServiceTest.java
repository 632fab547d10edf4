package org.itaboard.oit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.itaboard.base.domain.AuditEntry;
import org.itaboard.base.service.AuditService;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.measures.service.EvidenceDownload;
import org.itaboard.measures.service.FileTypes;
import org.itaboard.meetings.domain.Meeting;
import org.itaboard.meetings.service.MeetingService;
import org.itaboard.oit.OitFixtures;
import org.itaboard.oit.OitFixtures.Entry;
import org.itaboard.oit.domain.ChecklistFileInfo;
import org.itaboard.oit.domain.ChecklistItem;
import org.itaboard.oit.domain.DisclosureStatus;
import org.itaboard.test.PostgresTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Files on a checklist item per role and office: the coordinator attaches to any item, a division head only to the
 * items of their division (not once verified), everyone of the office and the BMA's analyst download, another office
 * is refused whatever the id; every upload is checked by content and size; the minutes of a closed meeting of the
 * item's year are attached as the meetings feature writes them.
 */
class ChecklistFileServiceTest extends PostgresTest {

    private static final List<Entry> CATALOGUE = List.of(new Entry("O1", "โครงสร้าง"), new Entry("O2", "ข้อมูลผู้บริหาร"),
            new Entry("O28", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี"));
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] "
            + "/Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EXE = "MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000PE program".getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    private ApplicationContext context;
    @Autowired
    private ChecklistFileService files;
    @Autowired
    private OitChecklistService checklist;
    @Autowired
    private MeetingService meetings;
    @Autowired
    private FileTypes fileTypes;
    @Autowired
    private AuditService audit;
    @Autowired
    private JdbcTemplate jdbc;

    private OitFixtures fixtures;
    private FiscalYear year;

    @BeforeEach
    void testYear() {
        fixtures = new OitFixtures(context);
        year = fixtures.year(2585, CATALOGUE);
    }

    private ChecklistItem assign(String code, String division, DisclosureStatus status) {
        signInAs("COORDINATOR");
        return checklist.save(fixtures.item(year, code), new ChecklistEdit(fixtures.division(division), status, null, List.of(),
                List.of(), 0));
    }

    private long storedFiles() {
        return jdbc.queryForObject("select count(*) from oit_evidence_file", Long.class);
    }

    @Test
    void theCoordinatorAttachesListsDownloadsAndRemovesAFileOfAnItemNotStartedAndEachStepIsAudited() {
        signInAs("COORDINATOR");
        Item o1 = fixtures.item(year, "O1");
        ChecklistFileInfo info = files.attach(o1, " คำสั่งแต่งตั้ง.pdf ", PDF);
        assertThat(info.originalName()).isEqualTo("คำสั่งแต่งตั้ง.pdf");
        assertThat(info.contentType()).isEqualTo("application/pdf");
        assertThat(info.sizeBytes()).isEqualTo(PDF.length);
        assertThat(info.sha256()).hasSize(64);
        assertThat(info.uploadedBy()).isEqualTo("coordinator");
        assertThat(info.isMinutes()).isFalse();
        assertThat(files.files(o1)).extracting(ChecklistFileInfo::id).containsExactly(info.id());
        assertThat(files.filesOfYear(year)).containsOnlyKeys(o1.getId());

        EvidenceDownload download = files.download(info.id());
        assertThat(download.content()).isEqualTo(PDF);
        assertThat(download.fileName()).isEqualTo("คำสั่งแต่งตั้ง.pdf");

        ChecklistItem entry = checklist.checklist(year).rows().get(0).entry();
        assertThat(entry.getId()).as("the item was started by its first file").isNotNull();
        files.remove(info.id());
        assertThat(files.files(o1)).isEmpty();
        assertThat(audit.history(OitChecklistService.ENTITY, entry.getId())).extracting(AuditEntry::getAction)
                .contains("created", "evidenceFileAdded", "evidenceFileRemoved");
    }

    @Test
    void aDivisionHeadAttachesOnlyToTheItemsOfTheirDivisionUntilVerified() {
        assign("O1", "PUBLIC_WORKS", DisclosureStatus.IN_PROGRESS);
        assign("O2", "FINANCE", DisclosureStatus.IN_PROGRESS);
        ChecklistFileInfo finance = files.attach(fixtures.item(year, "O2"), "finance.pdf", PDF);
        assign("O28", "PUBLIC_WORKS", DisclosureStatus.VERIFIED);

        signInAs("DIVISION_HEAD");
        ChecklistFileInfo own = files.attach(fixtures.item(year, "O1"), "works.pdf", PDF);
        assertThat(own.uploadedBy()).isEqualTo("head.works");
        assertThatThrownBy(() -> files.attach(fixtures.item(year, "O2"), "x.pdf", PDF)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> files.remove(finance.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> files.attach(fixtures.item(year, "O28"), "x.pdf", PDF))
                .as("a verified item is the coordinator's").isInstanceOf(AccessDeniedException.class);
        assertThat(files.download(finance.id()).content()).as("reading another division's file is allowed").isEqualTo(PDF);
        files.remove(own.id());
        assertThat(files.files(fixtures.item(year, "O1"))).isEmpty();
        assertThat(files.files(fixtures.item(year, "O2"))).hasSize(1);
    }

    @Test
    void theExecutiveTheHrOfficerAndTheAnalystDownloadButAttachNothing() {
        assign("O1", "ADMIN", DisclosureStatus.IN_PROGRESS);
        ChecklistFileInfo info = files.attach(fixtures.item(year, "O1"), "a.pdf", PDF);
        for (String role : List.of("EXECUTIVE", "HR_OFFICER", "BMA_ANALYST")) {
            signInAs(role);
            assertThat(files.files(fixtures.item(year, "O1"))).hasSize(1);
            assertThat(files.download(info.id()).content()).isEqualTo(PDF);
            assertThatThrownBy(() -> files.attach(fixtures.item(year, "O1"), "b.pdf", PDF)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> files.remove(info.id())).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void anotherOfficesCoordinatorIsRefusedEveryFileWhateverTheId() {
        assign("O1", "ADMIN", DisclosureStatus.IN_PROGRESS);
        ChecklistFileInfo info = files.attach(fixtures.item(year, "O1"), "a.pdf", PDF);
        long before = storedFiles();
        OitFixtures.signIn("coordinator.nongchok", "COORDINATOR");
        Item o1 = fixtures.item(year, "O1");
        assertThatThrownBy(() -> files.files(o1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> files.filesOfYear(year)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> files.attach(o1, "x.pdf", PDF)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> files.download(info.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> files.remove(info.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> files.closedMeetings(o1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> files.attachMinutes(o1, 1L)).isInstanceOf(AccessDeniedException.class);
        assertThat(storedFiles()).isEqualTo(before);
    }

    @Test
    void anUploadIsJudgedByItsContentAndSizeAndARefusalStoresNothing() {
        signInAs("COORDINATOR");
        Item o1 = fixtures.item(year, "O1");
        long before = storedFiles();
        assertThatThrownBy(() -> files.attach(o1, "report.pdf", EXE)).isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "evidence.error.type");
        assertThatThrownBy(() -> files.attach(o1, "empty.pdf", new byte[0])).isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "evidence.error.empty");
        byte[] big = new byte[(int) fileTypes.maxSize().toBytes() + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> files.attach(o1, "big.pdf", big)).isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "evidence.error.tooLarge");
        assertThat(storedFiles()).isEqualTo(before);
        assertThat(files.maxMegabytes()).isEqualTo(20);
    }

    @Test
    void theMinutesOfAClosedMeetingOfTheItemsYearAreAttachedOnce() {
        FiscalYear later = fixtures.year(2586, CATALOGUE);
        signInAs("COORDINATOR");
        Item o28 = fixtures.item(year, "O28");
        Meeting open = meetings.prepare(wangThonglang(), LocalDate.of(2042, 3, 11));
        assertThat(open.getFiscalYear().getId()).isEqualTo(year.getId());
        assertThat(files.closedMeetings(o28)).isEmpty();
        assertThatThrownBy(() -> files.attachMinutes(o28, open.getId())).isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "oit.error.minutesNotClosed");

        meetings.start(open.getId());
        Meeting closed = meetings.close(open.getId());
        Meeting nextYears = meetings.prepare(wangThonglang(), LocalDate.of(2042, 12, 9));
        assertThat(nextYears.getFiscalYear().getId()).isEqualTo(later.getId());
        meetings.start(nextYears.getId());
        meetings.close(nextYears.getId());
        assertThat(files.closedMeetings(o28)).extracting(Meeting::getId).containsExactly(closed.getId());

        ChecklistFileInfo minutes = files.attachMinutes(o28, closed.getId());
        assertThat(minutes.isMinutes()).isTrue();
        assertThat(minutes.meetingId()).isEqualTo(closed.getId());
        assertThat(minutes.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        EvidenceDownload expected = meetings.minutes(closed.getId());
        assertThat(minutes.originalName()).isEqualTo(expected.fileName());
        byte[] stored = files.download(minutes.id()).content();
        assertThat(stored).startsWith('P', 'K');
        assertThat(stored.length).isGreaterThan(1000);

        assertThatThrownBy(() -> files.attachMinutes(o28, closed.getId())).isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "oit.error.minutesTwice");
        assertThatThrownBy(() -> files.attachMinutes(o28, nextYears.getId())).isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "oit.error.minutesOtherYear");
        ChecklistItem entry = checklist.checklist(year).rows().get(2).entry();
        assertThat(audit.history(OitChecklistService.ENTITY, entry.getId())).extracting(AuditEntry::getAction)
                .contains("minutesAttached");

        signInAs("DIVISION_HEAD");
        assertThatThrownBy(() -> files.attachMinutes(o28, closed.getId())).as("O28 has no division: the coordinator's")
                .isInstanceOf(AccessDeniedException.class);
    }
}
