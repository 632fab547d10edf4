package org.itaboard.meetings.service;

import java.util.List;
import org.itaboard.meetings.domain.AgendaSection;
import org.itaboard.meetings.domain.MeetingTask;
import org.itaboard.meetings.domain.MeetingTaskRepository;
import org.itaboard.meetings.domain.TaskStatus;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The tasks of earlier meetings not yet closed, oldest first, each with its age: they return until closed. */
@Component
@Order(0)
class OpenTasksSource implements AgendaSource {

    static final String TOPIC = "openTask";

    private final MeetingTaskRepository tasks;

    OpenTasksSource(MeetingTaskRepository tasks) {
        this.tasks = tasks;
    }

    @Override
    public List<AgendaProposal> proposals(AgendaContext context) {
        return tasks.pendingBefore(context.office(), context.meetingDate()).stream().map(t -> proposal(t, context)).toList();
    }

    private static AgendaProposal proposal(MeetingTask t, AgendaContext context) {
        var meeting = t.getEntry().getMeeting();
        long age = AgendaTexts.days(meeting.getDate(), context.meetingDate());
        String state = t.getStatus() == TaskStatus.ANSWERED ? "ฝ่ายตอบแล้ว รอปิด: " + t.getAnswer() : "ยังไม่ได้ดำเนินการ";
        return new AgendaProposal(AgendaSection.FOLLOW_UP, TOPIC, TOPIC + ":" + t.getId(),
                "งานค้าง: " + t.getDescription() + " (" + AgendaTexts.division(t.getDivision()) + ")",
                "จากการประชุมครั้งที่ " + meeting.numberLabel() + " วาระ \"" + t.getEntry().getTitle() + "\" · ค้าง " + age
                        + " วัน · กำหนดเสร็จ " + AgendaTexts.date(t.getDueDate()) + " · " + state,
                "meetings/" + meeting.getId(), t.getEntry().getMeasureId(), t.getEntry().getItemCode());
    }
}
