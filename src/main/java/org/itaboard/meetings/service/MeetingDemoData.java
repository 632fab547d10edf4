package org.itaboard.meetings.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.itaboard.division.domain.Division;
import org.itaboard.division.domain.DivisionRepository;
import org.itaboard.meetings.domain.AgendaEntry;
import org.itaboard.meetings.domain.AgendaSection;
import org.itaboard.meetings.domain.Meeting;
import org.itaboard.meetings.domain.MeetingRepository;
import org.itaboard.meetings.domain.MeetingTask;
import org.itaboard.meetings.domain.MeetingTaskRepository;
import org.itaboard.offices.domain.Office;
import org.itaboard.offices.domain.OfficeRepository;
import org.itaboard.offices.service.OfficeAccess;
import org.itaboard.security.domain.AppUserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wang Thonglang's ITA meetings of the last three weeks, closed with their resolutions and tasks (one task closed, one
 * answered by Registration and waiting to be closed, one still open for Public Works), and the next meeting prepared,
 * its agenda drawn from the demo measures. Made through the meetings service as the coordinator would, so the agenda
 * is the real one; only the division's answer and the past clock times are set directly.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "itaboard.demo.enabled", havingValue = "true")
class MeetingDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MeetingDemoData.class);

    private final MeetingService service;
    private final MeetingRepository meetings;
    private final MeetingTaskRepository tasks;
    private final OfficeRepository offices;
    private final DivisionRepository divisions;
    private final TransactionTemplate transaction;
    private final AppUserRepository users;
    private final Clock clock;

    MeetingDemoData(MeetingService service, MeetingRepository meetings, MeetingTaskRepository tasks, OfficeRepository offices,
            DivisionRepository divisions, TransactionTemplate transaction, AppUserRepository users, Clock clock) {
        this.users = users;
        this.service = service;
        this.meetings = meetings;
        this.tasks = tasks;
        this.offices = offices;
        this.divisions = divisions;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Office> office = offices.findAll(Sort.by("id")).stream().findFirst();
        if (office.isEmpty() || meetings.count() > 0) {
            return;
        }
        OfficeAccess.asSystemIn(office.get(), () -> {
            try {
                create(office.get());
            } catch (org.itaboard.base.service.BusinessRuleException noYear) {
                log.info("No demo meetings: {}", noYear.getMessageKey());
            }
        });
    }

    private void create(Office office) {
        LocalDate next = service.settings(office).nextMeetingDay(LocalDate.now(clock));
        Meeting first = held(office, next.minusWeeks(3), "ลาพักผ่อน",
                e -> e.getTopic().equals(MeasureScheduleSource.LATE), "PUBLIC_WORKS",
                "ให้ฝ่ายโยธาเร่งรัดการดำเนินการและรายงานความคืบหน้าทุกสัปดาห์",
                "จัดทำแผนเร่งรัดการเผยแพร่ขั้นตอนการอนุญาตก่อสร้าง พร้อมผู้รับผิดชอบรายขั้น");
        Meeting second = held(office, next.minusWeeks(2), "ลาพักผ่อน",
                e -> e.getTopic().equals(WeakItemsSource.TOPIC), "REGISTRATION",
                "มอบฝ่ายทะเบียนเป็นเจ้าภาพจัดทำมาตรการสำหรับข้อที่ยังไม่มีมาตรการ เสนอในการประชุมครั้งถัดไป",
                "ร่างมาตรการสำหรับข้อคะแนนต่ำที่ยังไม่มีมาตรการ พร้อมตัวชี้วัด");
        Meeting third = held(office, next.minusWeeks(1), "ติดราชการ",
                e -> e.getSection() == AgendaSection.CONSIDERATION && e.getMeasureId() != null, "PUBLIC_WORKS",
                "ที่ประชุมรับทราบ ให้ฝ่ายโยธาถ่ายภาพหลักฐานการติดประกาศและแนบในระบบ",
                "ถ่ายภาพป้ายประกาศขั้นตอนการขออนุญาตก่อสร้างที่จุดบริการ แนบเป็นหลักฐานในระบบ");
        transaction.executeWithoutResult(tx -> {
            MeetingTask closed = tasks.findAll().stream().filter(t -> t.getEntry().getMeeting().getId().equals(first.getId()))
                    .findFirst().orElseThrow();
            closed.answer("จัดทำแผนเร่งรัดแล้ว ผู้อำนวยการเขตลงนามเห็นชอบ", null, null, null, null, "head.works",
                    clock.instant().minus(java.time.Duration.ofDays(16)));
            closed.close("coordinator", clock.instant().minus(java.time.Duration.ofDays(14)));
            MeetingTask answered = tasks.findAll().stream().filter(t -> t.getEntry().getMeeting().getId().equals(second.getId()))
                    .findFirst().orElseThrow();
            answered.answer("ร่างมาตรการเสร็จแล้ว ส่งผู้ประสานงานตรวจทานทางอีเมล", "https://www.bangkok.go.th/wangthonglang",
                    null, null, null, "head.registration", clock.instant().minus(java.time.Duration.ofDays(3)));
        });
        Meeting prepared = service.prepare(office, next);
        String recorder = users.findByUsername("coordinator").map(u -> u.getFullName()).orElse(null);
        service.updateDetails(prepared.getId(), new MeetingDetails(prepared.getTitle(), prepared.getDate(),
                prepared.getStartTime(), prepared.getRoom(), prepared.getChair(), recorder, prepared.getChecker(),
                prepared.getAttendees()));
        log.info("Demo meetings created: {}, {}, {} closed; {} prepared with {} agenda entries", first.numberLabel(),
                second.numberLabel(), third.numberLabel(), prepared.numberLabel(), prepared.agenda().size());
    }

    /** A meeting held on {@code day}: the first entry {@code subject} picks gets a resolution and a task, the rest "noted". */
    private Meeting held(Office office, LocalDate day, String absentReason, Predicate<AgendaEntry> subject, String division,
            String resolution, String task) {
        Meeting m = service.prepare(office, day);
        String recorder = users.findByUsername("coordinator").map(u -> u.getFullName()).orElse(null);
        if (!m.getAttendees().isEmpty()) {
            var people = new java.util.ArrayList<>(m.getAttendees());
            var last = people.remove(people.size() - 1);
            people.add(new org.itaboard.meetings.domain.Attendee(last.getUserId(), last.getName(), last.getRoleTitle(), false,
                    absentReason));
            service.updateDetails(m.getId(), new MeetingDetails(m.getTitle(), m.getDate(), m.getStartTime(), m.getRoom(),
                    m.getChair(), recorder, m.getChecker(), people));
        }
        service.start(m.getId());
        Division to = divisions.findByOfficeAndCode(office, division).orElseThrow();
        List<AgendaEntry> agenda = service.get(m.getId()).agenda();
        AgendaEntry picked = agenda.stream().filter(subject).findFirst().orElse(agenda.isEmpty() ? null : agenda.get(0));
        if (picked != null) {
            service.resolve(picked.getId(), resolution);
            service.addTask(picked.getId(), new TaskInput(task, to, day.plusWeeks(2)));
        }
        service.close(m.getId());
        transaction.executeWithoutResult(tx -> {
            Meeting stored = meetings.findById(m.getId()).orElseThrow();
            stored.setStartedAt(LocalTime.of(13, 35));
            stored.setEndedAt(LocalTime.of(15, 10));
        });
        return m;
    }
}
