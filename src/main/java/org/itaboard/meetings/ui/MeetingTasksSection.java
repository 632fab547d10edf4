package org.itaboard.meetings.ui;

import static org.itaboard.meetings.ui.MeetingTexts.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;
import org.itaboard.base.ui.ActionDialog;
import org.itaboard.base.ui.Notifications;
import org.itaboard.meetings.domain.Meeting;
import org.itaboard.meetings.domain.MeetingTask;
import org.itaboard.meetings.service.MeetingService;
import org.itaboard.meetings.service.TaskAnswer;
import org.itaboard.measures.service.EvidenceService;
import org.itaboard.measures.ui.DivisionWorkSection;
import org.springframework.core.annotation.Order;

/**
 * Puts the tasks the executive meeting gave the head's division on "งานของฝ่าย": each with the meeting and the agenda
 * entry it came from; the head answers an open one (text, a link, a file), which marks it done for the coordinator or
 * an executive to close.
 */
@org.springframework.stereotype.Component
@Order(10)
class MeetingTasksSection implements DivisionWorkSection {

    private final MeetingService service;
    private final EvidenceService evidence;

    MeetingTasksSection(MeetingService service, EvidenceService evidence) {
        this.service = service;
        this.evidence = evidence;
    }

    @Override
    public List<Component> components() {
        List<MeetingTask> tasks = service.myDivisionTasks();
        if (tasks.isEmpty()) {
            return List.of();
        }
        List<Component> shown = new ArrayList<>();
        H3 heading = new H3(t("meetings.tasks.heading"));
        heading.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.MEDIUM);
        shown.add(heading);
        Div list = new Div();
        list.setId("division-meeting-tasks");
        list.setWidthFull();
        list.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        tasks.forEach(task -> list.add(card(task, list)));
        shown.add(list);
        return shown;
    }

    private Component card(MeetingTask task, Div list) {
        Meeting meeting = task.getEntry().getMeeting();
        Div card = new Div();
        card.addClassNames("division-task", LumoUtility.Padding.MEDIUM, LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Background.CONTRAST_5, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
        card.getStyle().set("box-sizing", "border-box");
        Span what = new Span(task.getDescription());
        what.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        Div head = new Div(MeetingTexts.taskBadge(task), what);
        head.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.BASELINE);
        RouterLink from = new RouterLink(t("meetings.tasks.from", meeting.numberLabel(), MeetingTexts.date(meeting.getDate()),
                task.getEntry().getTitle()), MeetingView.class, MeetingView.params(meeting.getId()));
        Span due = new Span(t("meetings.tasks.due", MeetingTexts.date(task.getDueDate())));
        due.addClassNames(LumoUtility.FontSize.SMALL);
        card.add(head, from, due);
        if (task.getReturnNote() != null && task.getStatus() == org.itaboard.meetings.domain.TaskStatus.OPEN) {
            card.add(new Span(t("meetings.task.returned", task.getReturnNote())));
        }
        if (task.getAnswer() != null) {
            card.add(new Span(t("meetings.task.answer", task.getAnswer())));
        }
        if (service.mayAnswer(task)) {
            Button answer = new Button(t("meetings.task.answerAction"), e -> answerDialog(task, list));
            answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            answer.addClassName("task-answer");
            card.add(answer);
        }
        return card;
    }

    private void answerDialog(MeetingTask task, Div list) {
        TextArea text = new TextArea(t("meetings.task.answerText"));
        text.setWidthFull();
        text.setId("task-answer-text");
        TextField link = new TextField(t("meetings.task.answerLink"));
        link.setWidthFull();
        org.itaboard.measures.ui.FileField file = new org.itaboard.measures.ui.FileField(evidence.maxSize().toMegabytes());
        new ActionDialog(t("meetings.task.answerAction"), t("meetings.task.markDone"),
                () -> service.answer(task.getId(), new TaskAnswer(text.getValue(), link.getValue(), file.fileName(), file.content())),
                () -> {
                    Notifications.success(t("action.saved"));
                    list.removeAll();
                    service.myDivisionTasks().forEach(t -> list.add(card(t, list)));
                }, text, link, file).open();
    }
}
