package org.itaboard.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.itaboard.base.domain.AuditEntry;
import org.itaboard.base.domain.AuditEntryRepository;
import org.itaboard.base.domain.FieldChange;
import org.itaboard.base.service.AuditService;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.meetings.domain.AgendaEntry;
import org.itaboard.meetings.domain.AgendaSection;
import org.itaboard.meetings.domain.Meeting;
import org.itaboard.meetings.domain.MeetingStatus;
import org.itaboard.meetings.domain.MeetingTask;
import org.itaboard.meetings.domain.TaskStatus;
import org.itaboard.meetings.service.MeetingService;
import org.itaboard.meetings.service.TaskAnswer;
import org.itaboard.meetings.service.TaskInput;
import org.itaboard.measures.MeasureFixtures;
import org.itaboard.measures.domain.Measure;
import org.itaboard.measures.domain.ProgressUpdate;
import org.itaboard.measures.domain.ProgressUpdateRepository;
import org.itaboard.measures.service.MeasureService;
import org.itaboard.measures.domain.Evidence;
import org.itaboard.measures.service.EvidenceService;
import org.itaboard.projection.service.ProjectionService;
import org.itaboard.projection.service.SavedScenario;
import org.itaboard.test.PostgresTest;
import org.springframework.jdbc.core.JdbcTemplate;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * The meeting's agenda drawn from fixed data (a test year in 2040, the calendar year 2583 BE), the task flow per role,
 * numbering across a calendar year, freezing on close and the minutes as Word opens them.
 */
class MeetingServiceTest extends PostgresTest {

    private static final int YEAR = 2583;
    /** Fiscal year 2583 runs from October 2039; these Tuesdays fall in it. */
    private static final LocalDate FIRST = LocalDate.of(2040, 1, 3);
    private static final LocalDate SECOND = LocalDate.of(2040, 1, 10);

    @Autowired
    private ApplicationContext context;
    @Autowired
    private MeetingService meetings;
    @Autowired
    private MeasureService measures;
    @Autowired
    private ProgressUpdateRepository updates;
    @Autowired
    private AuditEntryRepository auditEntries;
    @Autowired
    private EvidenceService evidence;
    @Autowired
    private ProjectionService projections;
    @Autowired
    private JdbcTemplate jdbc;

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    @Autowired
    private AuditService audit;
    @Autowired
    private org.springframework.transaction.support.TransactionTemplate transactions;

    private MeasureFixtures fixtures;
    private MeasureFixtures.Year year;

    @BeforeEach
    void year() {
        fixtures = new MeasureFixtures(context);
        year = fixtures.year(YEAR);
    }

    @Test
    void theAgendaIsDrawnFromTheDataByTopicInOrderSinceThePreviousMeeting() {
        fixtures.signIn("coordinator");
        Meeting first = meetings.prepare(wangThonglang(), FIRST);
        AgendaEntry firstEntry = first.agenda().get(0);
        MeetingTask task = meetings.addTask(firstEntry.getId(), new TaskInput("เร่งรัดงาน", fixtures.division("PUBLIC_WORKS"), SECOND));
        // Late: monthly, started in October, never reported. Linked to I1, so only I2 is a weak item without a measure.
        Measure late = activeMeasure("ล่าช้า", "PUBLIC_WORKS", Set.of(year.lowest()), LocalDate.of(2039, 10, 1), LocalDate.of(2040, 6, 30));
        // Due before the next meeting (17 Jan) and not late.
        Measure dueSoon = activeMeasure("ใกล้ครบ", "REGISTRATION", Set.of(), LocalDate.of(2040, 1, 1), LocalDate.of(2040, 1, 15));
        // Reported on after the first meeting (and once before it, which does not count).
        Measure reported = activeMeasure("รายงานแล้ว", "ADMIN", Set.of(), LocalDate.of(2040, 1, 1), LocalDate.of(2040, 6, 30));
        updates.save(new ProgressUpdate(reported, LocalDate.of(2040, 1, 2), null, "ก่อนประชุม", 10, "head.admin", null));
        updates.save(new ProgressUpdate(reported, LocalDate.of(2040, 1, 5), null, "หลังประชุม", 30, "head.admin", null));
        transactions.executeWithoutResult(tx -> audit.recordAs("coordinator", Instant.parse("2040-01-04T03:00:00Z"), "Item",
                year.weak().getId(), "scoreChanged", List.of(FieldChange.of("score", "65.00", "70.00"))));
        fixtures.signIn("coordinator");

        Meeting second = meetings.prepare(wangThonglang(), SECOND);

        List<AgendaEntry> agenda = second.agenda();
        List<String> ours = agenda.stream().map(AgendaEntry::getSubjectKey)
                .filter(k -> !k.startsWith("openTask:") || k.equals("openTask:" + task.getId()))
                // The office's personnel criteria awaiting approval (demo data) are on every agenda of the office.
                .filter(k -> !k.startsWith("criteria:")).toList();
        assertThat(ours).containsExactly("openTask:" + task.getId(), "weakItem:2583:I2", "late:" + late.getId(),
                "dueSoon:" + dueSoon.getId(), "progress:" + reported.getId(), "scores:2583:I2");
        assertThat(agenda).extracting(AgendaEntry::getSection).isSortedAccordingTo(Enum::compareTo);
        AgendaEntry followUp = agenda.stream().filter(e -> e.getSubjectKey().equals("openTask:" + task.getId())).findFirst().orElseThrow();
        assertThat(followUp.getSection()).isEqualTo(AgendaSection.FOLLOW_UP);
        assertThat(followUp.getDetail()).contains("ค้าง 7 วัน").contains("1/2583");
        AgendaEntry progress = entry(second, "progress:" + reported.getId());
        assertThat(progress.getDetail()).contains("รายงาน 1 ครั้ง").contains("5 ม.ค. 2583");
        assertThat(progress.getLink()).isEqualTo("measures/" + reported.getId());
        assertThat(entry(second, "late:" + late.getId()).getDetail()).contains("ล่าช้าตั้งแต่ 1 พ.ย. 2582");
        assertThat(entry(second, "scores:2583:I2").getDetail()).isEqualTo("I2: 65.00 → 70.00");
    }

    @Test
    void aRefreshKeepsTheCoordinatorsOrderDropsAndTypedEntriesUntilTheMeetingStarts() {
        fixtures.signIn("coordinator");
        activeMeasure("ก", "PUBLIC_WORKS", Set.of(), LocalDate.of(2039, 10, 1), LocalDate.of(2040, 6, 30));
        activeMeasure("ข", "PUBLIC_WORKS", Set.of(), LocalDate.of(2039, 10, 2), LocalDate.of(2040, 6, 30));
        fixtures.signIn("coordinator");
        Meeting m = meetings.prepare(wangThonglang(), FIRST);
        List<AgendaEntry> lates = m.agenda().stream().filter(e -> e.getTopic().equals("late")).toList();
        meetings.move(lates.get(1).getId(), -1);
        AgendaEntry weak = m.agenda().stream().filter(e -> e.getTopic().equals("weakItem")).findFirst().orElseThrow();
        meetings.drop(weak.getId(), true);
        meetings.addEntry(m.getId(), AgendaSection.OTHER, "งานกาชาด", null);

        Meeting refreshed = meetings.refreshAgenda(m.getId());

        assertThat(refreshed.agenda().stream().filter(e -> e.getTopic().equals("late")).map(AgendaEntry::getId))
                .containsExactly(lates.get(1).getId(), lates.get(0).getId());
        assertThat(refreshed.agenda()).extracting(AgendaEntry::getId).doesNotContain(weak.getId());
        assertThat(refreshed.agenda().get(refreshed.agenda().size() - 1).getTitle()).isEqualTo("งานกาชาด");
        meetings.start(m.getId());
        assertThatThrownBy(() -> meetings.refreshAgenda(m.getId())).isInstanceOf(BusinessRuleException.class)
                .hasMessage("meetings.error.started");
    }

    @Test
    void meetingsAreNumberedWithinTheirCalendarYear() {
        fixtures.signIn("coordinator");
        Meeting december = meetings.prepare(wangThonglang(), LocalDate.of(2039, 12, 27));
        Meeting january = meetings.prepare(wangThonglang(), FIRST);
        Meeting next = meetings.prepare(wangThonglang(), SECOND);

        assertThat(december.numberLabel()).isEqualTo("1/2582");
        assertThat(january.numberLabel()).isEqualTo("1/2583");
        assertThat(next.numberLabel()).isEqualTo("2/2583");
        assertThat(january.getFiscalYear().getBeYear()).isEqualTo(YEAR);
        assertThatThrownBy(() -> meetings.prepare(wangThonglang(), FIRST)).hasMessage("meetings.error.sameDay");
    }

    @Test
    void aDivisionAnswersItsOwnTasksAndTheCoordinatorOrAnExecutiveClosesOrReturnsThem() {
        fixtures.signIn("coordinator");
        Meeting m = meetings.prepare(wangThonglang(), FIRST);
        AgendaEntry entry = m.agenda().get(0);
        MeetingTask task = meetings.addTask(entry.getId(), new TaskInput("ติดประกาศ", fixtures.division("PUBLIC_WORKS"), SECOND));

        fixtures.signIn("head.registration");
        assertThatThrownBy(() -> meetings.answer(task.getId(), new TaskAnswer("ทำแล้ว", null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        fixtures.signIn("director");
        assertThatThrownBy(() -> meetings.answer(task.getId(), new TaskAnswer("ทำแล้ว", null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.addTask(entry.getId(), new TaskInput("x", fixtures.division("ADMIN"), null)))
                .isInstanceOf(AccessDeniedException.class);
        fixtures.signIn("head.works");
        assertThatThrownBy(() -> meetings.answer(task.getId(), new TaskAnswer(" ", null, null, null)))
                .hasMessage("meetings.error.answerText");
        MeetingTask answered = meetings.answer(task.getId(), new TaskAnswer("ติดแล้ว", "https://example.org/photo", "proof.pdf",
                "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertThat(answered.getStatus()).isEqualTo(TaskStatus.ANSWERED);
        assertThat(meetings.myDivisionTasks()).extracting(MeetingTask::getId).contains(task.getId());
        assertThatThrownBy(() -> meetings.closeTask(task.getId())).isInstanceOf(AccessDeniedException.class);

        fixtures.signIn("coordinator");
        assertThat(meetings.returnTask(task.getId(), "ขอภาพที่เห็นป้ายชัดเจน").getStatus()).isEqualTo(TaskStatus.OPEN);
        fixtures.signIn("head.works");
        meetings.answer(task.getId(), new TaskAnswer("ถ่ายใหม่แล้ว", null, null, null));
        fixtures.signIn("coordinator.nongchok");
        assertThatThrownBy(() -> meetings.closeTask(task.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.get(m.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.tasks(wangThonglang())).isInstanceOf(AccessDeniedException.class);
        fixtures.signIn("bma");
        assertThat(meetings.get(m.getId()).numberLabel()).isEqualTo(m.numberLabel());
        assertThat(meetings.tasks(wangThonglang())).extracting(MeetingTask::getId).contains(task.getId());
        assertThatThrownBy(() -> meetings.closeTask(task.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.prepare(wangThonglang(), SECOND)).isInstanceOf(AccessDeniedException.class);
        fixtures.signIn("director");
        assertThat(meetings.closeTask(task.getId()).getStatus()).isEqualTo(TaskStatus.CLOSED);
        assertThat(meetings.pendingTasks(wangThonglang())).extracting(MeetingTask::getId).doesNotContain(task.getId());
        assertThat(meetings.tasks(wangThonglang())).filteredOn(t -> t.getId().equals(task.getId()))
                .singleElement().satisfies(t -> {
                    assertThat(t.getStatus()).isEqualTo(TaskStatus.CLOSED);
                    assertThat(t.getEntry().getMeeting().getId()).isEqualTo(m.getId());
                });
    }

    @Test
    void closingFreezesTheRecordAndACorrectionNeedsTheCoordinatorAndAReason() {
        fixtures.signIn("coordinator");
        Meeting m = meetings.prepare(wangThonglang(), FIRST);
        AgendaEntry entry = m.agenda().get(0);
        meetings.start(m.getId());
        meetings.resolve(entry.getId(), "รับทราบ");
        Meeting closed = meetings.close(m.getId());
        assertThat(closed.getStatus()).isEqualTo(MeetingStatus.CLOSED);

        assertThatThrownBy(() -> meetings.resolve(entry.getId(), "อื่น")).hasMessage("meetings.error.closed");
        assertThatThrownBy(() -> meetings.addTask(entry.getId(), new TaskInput("x", fixtures.division("ADMIN"), null)))
                .hasMessage("meetings.error.closed");
        assertThatThrownBy(() -> meetings.correct(entry.getId(), "แก้", " ")).hasMessage("meetings.error.reason");
        meetings.correct(entry.getId(), "รับทราบ และให้ติดตามต่อ", "พิมพ์ตกหล่น");
        fixtures.signIn("director");
        assertThatThrownBy(() -> meetings.correct(entry.getId(), "x", "y")).isInstanceOf(AccessDeniedException.class);

        assertThat(meetings.get(m.getId()).agenda().get(0).getResolution()).isEqualTo("รับทราบ และให้ติดตามต่อ");
        assertThat(meetings.history(m.getId())).anySatisfy(a -> {
            assertThat(a.getAction()).isEqualTo("corrected");
            assertThat(a.getChanges()).anySatisfy(c -> assertThat(c.after()).isEqualTo("พิมพ์ตกหล่น"));
        });
    }

    @Test
    void theMinutesAreAThaiGovernmentReportWithEveryResolutionAndTask() throws IOException {
        fixtures.signIn("coordinator");
        activeMeasure("มาตรการเผยแพร่ข้อมูล", "PUBLIC_WORKS", Set.of(), LocalDate.of(2039, 10, 1), LocalDate.of(2040, 6, 30));
        fixtures.signIn("coordinator");
        Meeting m = meetings.prepare(wangThonglang(), FIRST);
        meetings.start(m.getId());
        List<AgendaEntry> agenda = m.agenda();
        AgendaEntry late = agenda.stream().filter(e -> e.getTopic().equals("late")).findFirst().orElseThrow();
        meetings.resolve(late.getId(), "ให้ฝ่ายโยธาเร่งรัด");
        meetings.addTask(late.getId(), new TaskInput("ส่งแผนเร่งรัด", fixtures.division("PUBLIC_WORKS"), LocalDate.of(2040, 1, 17)));
        meetings.close(m.getId());

        var download = meetings.minutes(m.getId());

        assertThat(download.fileName()).isEqualTo("minutes-1-2583.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(download.content()))) {
            List<String> lines = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            String all = String.join("\n", lines);
            assertThat(lines.get(0)).startsWith("รายงานการประชุม");
            assertThat(lines).contains("ครั้งที่ 1/2583", "วันอังคารที่ 3 มกราคม พ.ศ. 2583 เวลา 13.30 น.", "ผู้มาประชุม",
                    "ผู้ไม่มาประชุม", "ระเบียบวาระที่ 1 เรื่องสืบเนื่องจากการประชุมครั้งก่อน", "ระเบียบวาระที่ 2 เรื่องเพื่อพิจารณา");
            assertThat(all).contains("เริ่มประชุมเวลา", "เลิกประชุมเวลา", "ผู้จดรายงานการประชุม", "ผู้ตรวจรายงานการประชุม",
                    "มติที่ประชุม ให้ฝ่ายโยธาเร่งรัด", "มอบหมาย ฝ่ายโยธา: ส่งแผนเร่งรัด กำหนดแล้วเสร็จ 17 มกราคม 2583",
                    "นายวิชัย ธรรมรักษ์");
            List<AgendaEntry> shown = meetings.get(m.getId()).agenda();
            shown.forEach(e -> assertThat(all).contains(e.getTitle()));
            XWPFRun run = doc.getParagraphs().get(0).getRuns().get(0);
            assertThat(run.getFontFamily()).isEqualTo("TH Sarabun New");
            assertThat(run.getCTR().getRPr().getRFontsArray(0).getCs()).isEqualTo("TH Sarabun New");
        }
    }

    @Test
    void theMinutesPrintThaiNumeralsWhereTheOfficeChoseThem() throws IOException {
        fixtures.signIn("coordinator");
        Meeting m = meetings.prepare(wangThonglang(), FIRST);
        var settings = meetings.settings(wangThonglang());
        meetings.saveSettings(wangThonglang(), settings.getTitle(), settings.getWeekday(), settings.getStartTime(),
                settings.getRoom(), true);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(meetings.minutes(m.getId()).content()))) {
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.toList()))
                    .contains("ครั้งที่ ๑/๒๕๘๓");
        } finally {
            meetings.saveSettings(wangThonglang(), settings.getTitle(), settings.getWeekday(), settings.getStartTime(),
                    settings.getRoom(), false);
        }
    }

    @Test
    void aClosedMeetingsMinutesAreFiledAsEvidenceOfAMeasureOnItsAgendaByTheCoordinatorOnly() throws IOException {
        Measure late = activeMeasure("มาตรการเผยแพร่ข้อมูล", "PUBLIC_WORKS", Set.of(), LocalDate.of(2039, 10, 1),
                LocalDate.of(2040, 6, 30));
        fixtures.signIn("coordinator");
        Meeting m = meetings.prepare(wangThonglang(), FIRST);
        assertThat(m.agenda()).extracting(AgendaEntry::getMeasureId).contains(late.getId());
        Measure elsewhere = activeMeasure("ไม่อยู่ในวาระ", "ADMIN", Set.of(), LocalDate.of(2040, 1, 20), LocalDate.of(2040, 6, 30));
        fixtures.signIn("coordinator");
        assertThatThrownBy(() -> meetings.fileMinutes(m.getId(), late.getId())).hasMessage("meetings.error.minutesNotClosed");
        meetings.start(m.getId());
        meetings.close(m.getId());

        for (String refused : List.of("director", "head.works", "coordinator.nongchok", "bma")) {
            fixtures.signIn(refused);
            assertThatThrownBy(() -> meetings.fileMinutes(m.getId(), late.getId())).as(refused)
                    .isInstanceOf(AccessDeniedException.class);
        }
        // Others read the minutes (e.g. to file them with an OIT item); another office does not.
        fixtures.signIn("director");
        assertThat(meetings.minutes(m.getId()).fileName()).isEqualTo("minutes-1-2583.docx");
        fixtures.signIn("coordinator.nongchok");
        assertThatThrownBy(() -> meetings.minutes(m.getId())).isInstanceOf(AccessDeniedException.class);

        fixtures.signIn("coordinator");
        assertThatThrownBy(() -> meetings.fileMinutes(m.getId(), elsewhere.getId()))
                .hasMessage("meetings.error.measureNotOnAgenda");
        Evidence filed = meetings.fileMinutes(m.getId(), late.getId());

        assertThat(filed.getTitle()).isEqualTo("รายงานการประชุม ครั้งที่ 1/2583");
        assertThat(filed.getOriginalName()).isEqualTo("minutes-1-2583.docx");
        assertThat(filed.getPublishedOn()).isEqualTo(FIRST);
        assertThat(evidence.list(late.getId())).extracting(Evidence::getId).contains(filed.getId());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(evidence.download(filed.getId()).content()))) {
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText).toList()).contains("ครั้งที่ 1/2583");
        }
        assertThat(meetings.history(m.getId())).extracting(AuditEntry::getAction).contains("minutesFiled");
        assertThat(auditEntries.findAll()).anySatisfy(a -> {
            assertThat(a.getEntityId()).isEqualTo(late.getId());
            assertThat(a.getAction()).isEqualTo("evidenceAdded");
        });
    }

    @Test
    void aSavedScenarioIsAnAgendaEntryShownWithWhatItGivesToThoseWhoReadProjections() {
        fixtures.signIn("coordinator");
        SavedScenario scenario = projections.save(year(2565), "วาระทดสอบ OIT 4 ข้อ", Map.of("O9", HUNDRED, "O27", HUNDRED,
                "O28", HUNDRED, "O41", HUNDRED));
        try {
            Meeting m = meetings.prepare(wangThonglang(), FIRST);
            assertThat(meetings.scenarios(m.getId())).extracting(SavedScenario::id).contains(scenario.id());

            Meeting withScenario = meetings.addScenario(m.getId(), AgendaSection.CONSIDERATION, scenario.id(), "ตามที่ผู้บริหารเสนอ");
            AgendaEntry entry = withScenario.agenda().stream().filter(e -> scenario.id().equals(e.getScenarioId()))
                    .findFirst().orElseThrow();
            assertThat(entry.getTopic()).isEqualTo(AgendaEntry.SCENARIO);
            assertThat(entry.getTitle()).contains("วาระทดสอบ OIT 4 ข้อ", "2565");
            assertThat(entry.getSection()).isEqualTo(AgendaSection.CONSIDERATION);
            assertThatThrownBy(() -> meetings.addScenario(m.getId(), AgendaSection.OTHER, scenario.id(), null))
                    .hasMessage("meetings.error.scenarioTwice");
            // A refresh keeps it, as it keeps what the coordinator typed.
            assertThat(meetings.refreshAgenda(m.getId()).agenda()).extracting(AgendaEntry::getId).contains(entry.getId());

            fixtures.signIn("director");
            assertThat(meetings.live(entry.getId()).scenario()).hasValueSatisfying(s ->
                    assertThat(s.projection().projected().ita().value()).isEqualByComparingTo("99.84"));
            assertThatThrownBy(() -> meetings.addScenario(m.getId(), AgendaSection.OTHER, scenario.id(), null))
                    .isInstanceOf(AccessDeniedException.class);
            fixtures.signIn("head.works");
            assertThat(meetings.live(entry.getId()).scenario()).isEmpty();
            fixtures.signIn("coordinator.nongchok");
            assertThatThrownBy(() -> meetings.addScenario(m.getId(), AgendaSection.OTHER, scenario.id(), null))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> meetings.scenarios(m.getId())).isInstanceOf(AccessDeniedException.class);

            // Deleting the scenario keeps the entry, without a projection.
            fixtures.signIn("coordinator");
            projections.delete(scenario.id());
            fixtures.signIn("director");
            assertThat(meetings.live(entry.getId()).entry().getTitle()).contains("วาระทดสอบ OIT 4 ข้อ");
            assertThat(meetings.live(entry.getId()).scenario()).isEmpty();
        } finally {
            jdbc.update("delete from projection_scenario where name = ?", "วาระทดสอบ OIT 4 ข้อ");
        }
    }

    private static AgendaEntry entry(Meeting m, String key) {
        return m.agenda().stream().filter(e -> key.equals(e.getSubjectKey())).findFirst().orElseThrow();
    }

    /** An active monthly measure of the test year, made by the coordinator. */
    private Measure activeMeasure(String title, String lead, Set<org.itaboard.fiscalyear.domain.Item> items, LocalDate start,
            LocalDate due) {
        fixtures.signIn("coordinator");
        return fixtures.activeMonthly(year, title, lead, start, due, items);
    }
}
