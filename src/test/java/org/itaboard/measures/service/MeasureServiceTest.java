package org.itaboard.measures.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.itaboard.base.domain.AuditEntry;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.measures.MeasureFixtures;
import org.itaboard.measures.domain.Decision;
import org.itaboard.measures.domain.Measure;
import org.itaboard.measures.domain.MeasureField;
import org.itaboard.measures.domain.MeasureForm;
import org.itaboard.measures.domain.MeasureStatus;
import org.itaboard.test.PostgresTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who may do what with a measure, checked through the service (not the screens), role by role. */
class MeasureServiceTest extends PostgresTest {

    @Autowired
    private ApplicationContext context;
    @Autowired
    private MeasureService service;
    @Autowired
    private Clock clock;

    private MeasureFixtures fixtures;
    private MeasureFixtures.Year year;

    @BeforeEach
    void setUp() {
        fixtures = new MeasureFixtures(context);
        year = fixtures.year(2581);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void coordinatorCreatesAndTheCreationIsAudited() {
        Measure m = fixtures.measure(year, "จัดอบรมการให้บริการ", "PUBLIC_WORKS", "REGISTRATION");
        fixtures.signIn("director");
        assertThat(service.get(m.getId()).getItems()).extracting("code").containsExactly("I2");
        List<AuditEntry> history = service.history(m.getId());
        assertThat(history).extracting(AuditEntry::getAction).containsExactly("created");
        assertThat(history.get(0).getChanges()).anyMatch(c -> c.field().equals("title") && c.after().equals("จัดอบรมการให้บริการ"));
    }

    @Test
    void lateMeansPastDueAndNotDoneVerifiedOrCancelledWhateverTheStatus() {
        LocalDate today = LocalDate.now(clock);
        Measure draft = dueYesterday("ร่างที่เลยกำหนดแล้ว 0%");
        Measure active = dueYesterday("ดำเนินการครบร้อยแต่ยังไม่ปิด");
        Measure done = dueYesterday("เสร็จแล้วหลังกำหนด");
        Measure cancelled = dueYesterday("ยกเลิกแล้ว");
        fixtures.signIn("coordinator");
        service.activate(active.getId());
        service.addProgress(active.getId(), new ProgressInput(today, "ทำครบแล้ว รอปิด", 100), null);
        service.activate(done.getId());
        service.complete(done.getId());
        service.cancel(cancelled.getId(), "รวมกับมาตรการอื่น");

        assertThat(service.get(draft.getId()).isLate(today)).isTrue();
        assertThat(service.get(draft.getId()).overdueSince(today)).contains(today.minusDays(1));
        assertThat(service.get(active.getId()).isLate(today)).isTrue();
        assertThat(service.get(done.getId()).isLate(today)).isFalse();
        assertThat(service.get(cancelled.getId()).isLate(today)).isFalse();
        assertThat(service.search(new MeasureQuery(year.year(), null, null, null, true)))
                .extracting(Measure::getTitle).containsExactlyInAnyOrder(draft.getTitle(), active.getTitle());
    }

    private Measure dueYesterday(String title) {
        Measure m = fixtures.measure(year, title, "PUBLIC_WORKS");
        fixtures.signIn("coordinator");
        MeasureForm form = service.form(m.getId());
        form.set(MeasureField.START_DATE, LocalDate.now(clock).minusMonths(2));
        form.set(MeasureField.DUE_DATE, LocalDate.now(clock).minusDays(1));
        form.set(MeasureField.FREQUENCY, org.itaboard.measures.domain.Frequency.ONCE);
        return service.save(form);
    }

    @Test
    void itemsTheWeaknessNamesButTheMeasureDoesNotLinkAreFound() {
        fixtures.signIn("coordinator");
        String weakness = "ข้อ I๓ และ i1 ยังต่ำ ส่วน E13 ไม่มีในปีนี้; EIT และ IO12 ไม่ใช่รหัสข้อ";
        assertThat(service.unlinkedMentions(year.year(), weakness, java.util.Set.of(year.lowest())))
                .extracting(Item::getCode).containsExactly("I3");
        assertThat(service.unlinkedMentions(year.year(), weakness, java.util.Set.of()))
                .extracting(Item::getCode).containsExactly("I3", "I1");
        assertThat(service.unlinkedMentions(year.year(), "ไม่มีรหัสข้อ", java.util.Set.of())).isEmpty();
        assertThat(org.itaboard.measures.domain.MentionedItems.in("O 27, o๒๘ และ E130")).containsExactly("O27", "O28");
    }

    @Test
    void divisionHeadMayNotCreate() {
        fixtures.signIn("head.works");
        MeasureForm form = new MeasureForm();
        form.setFiscalYear(year.year());
        form.set(MeasureField.TITLE, "ของฝ่ายโยธา");
        assertThatThrownBy(() -> service.save(form)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void executiveAndHrMayNotSave() {
        Measure m = fixtures.measure(year, "ไม่ให้ผู้บริหารแก้", "PUBLIC_WORKS");
        for (String user : List.of("director", "hr")) {
            fixtures.signIn(user);
            MeasureForm form = service.form(m.getId());
            form.set(MeasureField.TITLE, "แก้แล้ว");
            assertThatThrownBy(() -> service.save(form)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void leadDivisionHeadEditsButMayNotReassign() {
        Measure m = fixtures.measure(year, "ปรับปรุงช่องทางร้องเรียน", "PUBLIC_WORKS");
        fixtures.signIn("head.works");
        MeasureForm form = service.form(m.getId());
        form.set(MeasureField.ACTIVITY, "ติดป้ายประชาสัมพันธ์");
        form.set(MeasureField.LEAD_DIVISION, fixtures.division("FINANCE"));
        Measure saved = service.save(form);
        assertThat(saved.getActivity()).isEqualTo("ติดป้ายประชาสัมพันธ์");
        assertThat(saved.getLeadDivision().getCode()).isEqualTo("PUBLIC_WORKS");
        AuditEntry updated = service.history(m.getId()).get(0);
        assertThat(updated.getAction()).isEqualTo("updated");
        assertThat(updated.getChanges()).containsExactly(
                new org.itaboard.base.domain.FieldChange("activity", null, "ติดป้ายประชาสัมพันธ์"));
    }

    @Test
    void divisionHeadIsRefusedAnotherDivisionsMeasure() {
        Measure m = fixtures.measure(year, "ของฝ่ายการคลัง", "FINANCE");
        fixtures.signIn("head.works");
        MeasureForm form = service.form(m.getId());
        form.set(MeasureField.TITLE, "ฝ่ายโยธาแก้");
        assertThatThrownBy(() -> service.save(form)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.addProgress(m.getId(), new ProgressInput(null, "ทำแล้ว", 50), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.activate(m.getId())).isInstanceOf(AccessDeniedException.class);
        fixtures.signIn("coordinator");
        assertThat(service.get(m.getId()).getTitle()).isEqualTo("ของฝ่ายการคลัง");
        assertThat(service.progress(m.getId())).isEmpty();
    }

    @Test
    void supportingDivisionReportsProgressButMayNotEdit() {
        Measure m = fixtures.measure(year, "ร่วมกันเผยแพร่ข้อมูล", "FINANCE", "PUBLIC_WORKS");
        fixtures.signIn("head.works");
        service.addProgress(m.getId(), new ProgressInput(LocalDate.now(clock).minusDays(1), "ประชุมชี้แจงแล้ว", 30), null);
        assertThat(service.get(m.getId()).getProgress()).isEqualTo(30);
        assertThat(service.progress(m.getId())).singleElement()
                .satisfies(u -> assertThat(u.getDivision().getCode()).isEqualTo("PUBLIC_WORKS"));
        MeasureForm form = service.form(m.getId());
        form.set(MeasureField.TITLE, "แก้ชื่อ");
        assertThatThrownBy(() -> service.save(form)).isInstanceOf(AccessDeniedException.class);
        assertThat(service.history(m.getId()).get(0).getChanges())
                .anyMatch(c -> c.field().equals("progress") && "0".equals(c.before()) && "30".equals(c.after()));
    }

    @Test
    void statusStepsAndVerifiedMeasureNeedsReopeningWithAReason() {
        Measure m = fixtures.measure(year, "ตรวจสอบแล้วห้ามแก้", "PUBLIC_WORKS");
        fixtures.signIn("head.works");
        service.activate(m.getId());
        service.complete(m.getId());
        assertThatThrownBy(() -> service.verify(m.getId())).isInstanceOf(AccessDeniedException.class);
        fixtures.signIn("coordinator");
        service.verify(m.getId());
        for (String user : List.of("head.works", "coordinator")) {
            fixtures.signIn(user);
            MeasureForm form = service.form(m.getId());
            form.set(MeasureField.TITLE, "แก้หลังตรวจ");
            assertThatThrownBy(() -> service.save(form)).isInstanceOf(BusinessRuleException.class)
                    .hasMessage("measure.error.frozen");
        }
        fixtures.signIn("head.works");
        assertThatThrownBy(() -> service.reopen(m.getId(), "ข้อมูลผิด")).isInstanceOf(AccessDeniedException.class);
        fixtures.signIn("coordinator");
        assertThatThrownBy(() -> service.reopen(m.getId(), " ")).hasMessage("measure.error.reasonRequired");
        Measure reopened = service.reopen(m.getId(), "ตัวเลขผลลัพธ์ไม่ตรงหลักฐาน");
        assertThat(reopened.getStatus()).isEqualTo(MeasureStatus.ACTIVE);
        assertThat(service.history(m.getId()).get(0).getChanges())
                .anyMatch(c -> c.field().equals("reason") && c.after().equals("ตัวเลขผลลัพธ์ไม่ตรงหลักฐาน"));
        MeasureForm form = service.form(m.getId());
        form.set(MeasureField.TITLE, "แก้หลังเปิดใหม่");
        assertThat(service.save(form).getTitle()).isEqualTo("แก้หลังเปิดใหม่");
    }

    @Test
    void onlyExecutivesSignOffAndApprovalFreezesTheMeasure() {
        Measure m = fixtures.measure(year, "ผู้บริหารอนุมัติ", "PUBLIC_WORKS");
        for (String user : List.of("coordinator", "head.works")) {
            fixtures.signIn(user);
            assertThatThrownBy(() -> service.signOff(m.getId(), Decision.APPROVED, null, "demo1234")).isInstanceOf(AccessDeniedException.class);
        }
        fixtures.signIn("director");
        assertThatThrownBy(() -> service.signOff(m.getId(), Decision.RETURNED, "", "demo1234")).hasMessage("measure.error.returnNote");
        assertThatThrownBy(() -> service.signOff(m.getId(), Decision.APPROVED, "เห็นชอบ", "wrong")).hasMessage("reauth.error.password");
        assertThatThrownBy(() -> service.signOff(m.getId(), Decision.APPROVED, "เห็นชอบ", null)).hasMessage("reauth.error.password");
        assertThat(service.signOffs(m.getId())).isEmpty();
        assertThat(service.get(m.getId()).isFrozen()).isFalse();
        var signOff = service.signOff(m.getId(), Decision.APPROVED, "เห็นชอบ", "demo1234");
        assertThat(signOff.getDecidedBy()).isEqualTo("director");
        assertThat(signOff.getSnapshot()).contains("title: ผู้บริหารอนุมัติ").contains("leadDivision: PUBLIC_WORKS");
        fixtures.signIn("head.works");
        MeasureForm form = service.form(m.getId());
        form.set(MeasureField.TITLE, "แก้หลังอนุมัติ");
        assertThatThrownBy(() -> service.save(form)).hasMessage("measure.error.frozen");
        assertThat(service.signOffs(m.getId())).extracting(s -> s.getDecision()).containsExactly(Decision.APPROVED);
    }

    @Test
    void secondOfTwoConcurrentSavesIsRefused() {
        Measure m = fixtures.measure(year, "แก้พร้อมกัน", "PUBLIC_WORKS");
        fixtures.signIn("coordinator");
        MeasureForm mine = service.form(m.getId());
        fixtures.signIn("head.works");
        MeasureForm theirs = service.form(m.getId());
        theirs.set(MeasureField.RESULT, "ผลจากฝ่ายโยธา");
        service.save(theirs);
        fixtures.signIn("coordinator");
        mine.set(MeasureField.RESULT, "ผลจากผู้ประสานงาน");
        assertThatThrownBy(() -> service.save(mine)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(service.get(m.getId()).getResult()).isEqualTo("ผลจากฝ่ายโยธา");
    }

    @Test
    void editsOfDifferentFieldsMergeAndNeitherIsReverted() {
        Measure m = fixtures.measure(year, "แก้คนละช่อง", "PUBLIC_WORKS");
        fixtures.signIn("coordinator");
        MeasureForm first = service.form(m.getId());
        MeasureForm second = service.form(m.getId());
        first.set(MeasureField.ACTIVITY, "วิธีของคนแรก");
        service.save(first);
        second.set(MeasureField.EXPECTED_OUTPUT, "ผลผลิตของคนที่สอง");
        service.save(second);
        Measure saved = service.get(m.getId());
        assertThat(saved.getActivity()).isEqualTo("วิธีของคนแรก");
        assertThat(saved.getExpectedOutput()).isEqualTo("ผลผลิตของคนที่สอง");
    }

    @Test
    void aFieldBothChangedIsAConflictResolvedByTheChoiceAndTheOtherEditsStay() {
        Measure m = fixtures.measure(year, "แก้ช่องเดียวกัน", "PUBLIC_WORKS");
        fixtures.signIn("coordinator");
        MeasureForm first = service.form(m.getId());
        MeasureForm second = service.form(m.getId());
        first.set(MeasureField.ACTIVITY, "วิธีของคนแรก");
        first.set(MeasureField.CHANNELS, "เว็บไซต์");
        service.save(first);
        second.set(MeasureField.ACTIVITY, "วิธีของคนที่สอง");
        second.set(MeasureField.PROBLEMS, "งบประมาณไม่พอ");
        assertThatThrownBy(() -> service.save(second)).isInstanceOf(OptimisticLockingFailureException.class);

        MeasureForm current = service.form(m.getId());
        assertThat(second.conflictsWith(current)).containsExactly(MeasureField.ACTIVITY);
        second.take(MeasureField.ACTIVITY, current);
        second.rebaseOnto(current);
        assertThat(second.get(MeasureField.CHANNELS)).isEqualTo("เว็บไซต์");
        service.save(second);
        Measure saved = service.get(m.getId());
        assertThat(saved.getActivity()).isEqualTo("วิธีของคนแรก");
        assertThat(saved.getChannels()).isEqualTo("เว็บไซต์");
        assertThat(saved.getProblems()).isEqualTo("งบประมาณไม่พอ");
    }

    @Test
    void theSameValueTypedByBothIsNoConflict() {
        Measure m = fixtures.measure(year, "แก้เป็นค่าเดียวกัน", "PUBLIC_WORKS");
        fixtures.signIn("coordinator");
        MeasureForm first = service.form(m.getId());
        MeasureForm second = service.form(m.getId());
        first.set(MeasureField.RESULT, "สำเร็จ");
        service.save(first);
        second.set(MeasureField.RESULT, "สำเร็จ");
        second.set(MeasureField.MONITOR, "ฝ่ายปกครอง");
        service.save(second);
        assertThat(service.get(m.getId()).getMonitor()).isEqualTo("ฝ่ายปกครอง");
    }

    @Test
    void myDivisionListsLeadAndSupportedMeasuresLateFirst() {
        Measure led = fixtures.measure(year, "นำโดยฝ่ายทะเบียน", "REGISTRATION");
        Measure supported = fixtures.measure(year, "สนับสนุนโดยฝ่ายทะเบียน", "FINANCE", "REGISTRATION");
        Measure other = fixtures.measure(year, "ไม่เกี่ยวกับฝ่ายทะเบียน", "FINANCE");
        fixtures.signIn("coordinator");
        MeasureForm late = service.form(supported.getId());
        late.set(MeasureField.START_DATE, LocalDate.now(clock).minusMonths(3));
        service.save(late);
        service.activate(supported.getId());
        fixtures.signIn("head.registration");
        List<Long> ids = service.mine().stream().map(Measure::getId).toList();
        assertThat(ids).contains(led.getId(), supported.getId()).doesNotContain(other.getId());
        assertThat(ids.indexOf(supported.getId())).isLessThan(ids.indexOf(led.getId()));
        assertThat(service.get(supported.getId()).isLate(service.today())).isTrue();
    }

    @Test
    void whatEachRoleMayDoWithADraftDependsOnItsDivision() {
        Measure led = fixtures.measure(year, "นำโดยฝ่ายโยธา", "PUBLIC_WORKS");
        Measure supported = fixtures.measure(year, "สนับสนุนโดยฝ่ายโยธา", "FINANCE", "PUBLIC_WORKS");
        Measure other = fixtures.measure(year, "ของฝ่ายการคลังเท่านั้น", "FINANCE");
        assertThat(allowed("coordinator", led)).containsExactlyInAnyOrder("edit", "activate", "cancel", "reportProgress",
                "addEvidence", "verifyEvidence");
        assertThat(allowed("director", led)).containsExactly("signOff");
        assertThat(allowed("head.works", led)).containsExactlyInAnyOrder("edit", "activate", "reportProgress", "addEvidence");
        assertThat(allowed("head.works", supported)).containsExactlyInAnyOrder("reportProgress", "addEvidence");
        assertThat(allowed("head.works", other)).isEmpty();
        assertThat(allowed("hr", led)).isEmpty();
    }

    @Test
    void whatMayBeDoneFollowsTheMeasuresStateAndTheServiceDoesIt() {
        Measure m = fixtures.measure(year, "ทำตามขั้นตอน", "PUBLIC_WORKS");
        fixtures.signIn("head.works");
        service.activate(m.getId());
        assertThat(allowed("head.works", m)).containsExactlyInAnyOrder("edit", "complete", "reportProgress", "addEvidence");
        service.complete(m.getId());
        assertThat(allowed("coordinator", m)).containsExactlyInAnyOrder("edit", "activate", "verify", "cancel",
                "reportProgress", "addEvidence", "verifyEvidence");
        assertThat(allowed("head.works", m)).containsExactlyInAnyOrder("edit", "activate", "reportProgress", "addEvidence");
        assertThat(service.activate(m.getId()).getStatus()).as("a finished measure goes back to work").isEqualTo(MeasureStatus.ACTIVE);
        service.complete(m.getId());

        fixtures.signIn("coordinator");
        service.verify(m.getId());
        assertThat(allowed("coordinator", m)).containsExactlyInAnyOrder("reopen", "verifyEvidence");
        assertThat(allowed("head.works", m)).isEmpty();
        assertThat(allowed("director", m)).containsExactly("signOff");
        fixtures.signIn("coordinator");
        service.reopen(m.getId(), "ผลไม่ตรงหลักฐาน");

        fixtures.signIn("director");
        service.signOff(m.getId(), Decision.APPROVED, null, "demo1234");
        assertThat(allowed("coordinator", m)).as("approved: frozen, still reported on")
                .containsExactlyInAnyOrder("reopen", "cancel", "reportProgress", "addEvidence", "verifyEvidence");
        assertThat(allowed("head.works", m)).containsExactlyInAnyOrder("reportProgress", "addEvidence");

        fixtures.signIn("coordinator");
        service.cancel(m.getId(), "รวมกับมาตรการอื่น");
        assertThat(allowed("coordinator", m)).containsExactlyInAnyOrder("reopen", "verifyEvidence");
        assertThat(allowed("director", m)).isEmpty();
    }

    /** The names of the actions {@code username} may take on the measure as it is stored now. */
    private List<String> allowed(String username, Measure m) {
        fixtures.signIn(username);
        MeasureActions actions = service.actionsFor(service.get(m.getId()));
        return Arrays.stream(MeasureActions.class.getRecordComponents()).filter(c -> {
            try {
                return (boolean) c.getAccessor().invoke(actions);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }).map(RecordComponent::getName).toList();
    }

    @Test
    void weakItemsWithoutMeasuresComeFirst() {
        fixtures.measure(year, "แก้ข้อ I2", "PUBLIC_WORKS");
        fixtures.signIn("director");
        List<WeakItemMeasures> weak = service.weakItems(year.year());
        assertThat(weak).extracting(w -> w.weak().code()).startsWith("I1");
        assertThat(weak.get(0).uncovered()).isTrue();
        assertThat(weak).filteredOn(w -> w.weak().code().equals("I2")).singleElement()
                .satisfies(w -> assertThat(w.uncovered()).isFalse());
    }
}
