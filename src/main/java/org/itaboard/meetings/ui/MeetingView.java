package org.itaboard.meetings.ui;

import static org.itaboard.meetings.ui.MeetingTexts.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import org.itaboard.base.domain.AuditEntry;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.base.ui.ActionDialog;
import org.itaboard.base.ui.BuddhistDatePicker;
import org.itaboard.base.ui.Notifications;
import org.itaboard.base.ui.ViewHeader;
import org.itaboard.division.domain.Division;
import org.itaboard.division.service.DivisionService;
import org.itaboard.meetings.domain.AgendaEntry;
import org.itaboard.meetings.domain.AgendaSection;
import org.itaboard.meetings.domain.Attendee;
import org.itaboard.meetings.domain.Meeting;
import org.itaboard.meetings.domain.MeetingStatus;
import org.itaboard.meetings.domain.MeetingTask;
import org.itaboard.meetings.service.MeetingService;
import org.itaboard.meetings.service.TaskInput;
import org.itaboard.projection.service.SavedScenario;
import org.itaboard.measures.service.EvidenceDownload;
import org.springframework.security.access.AccessDeniedException;

/**
 * One meeting: when, where and who, its agenda by ระเบียบวาระ with each entry's resolution and tasks. The coordinator
 * prepares it here (refresh, order, drop, add), records it during the meeting and closes it; after closing, a
 * resolution is corrected only with a reason, kept in the history below. The minutes download from the header.
 */
@Route("meetings/:id")
@PermitAll
public class MeetingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("HH:mm");

    private final MeetingService service;
    private final DivisionService divisions;
    private Meeting meeting;
    private boolean mayRecord;

    MeetingView(MeetingService service, DivisionService divisions) {
        this.service = service;
        this.divisions = divisions;
        setPadding(true);
    }

    static RouteParameters params(Long id) {
        return new RouteParameters(ID, String.valueOf(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            Long id = Long.valueOf(event.getRouteParameters().get(ID).orElseThrow());
            meeting = service.get(id);
        } catch (NumberFormatException | BusinessRuleException | AccessDeniedException | java.util.NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        mayRecord = service.mayRecord(meeting.getOffice());
        boolean open = !meeting.isClosed();
        ViewHeader header = new ViewHeader(t("meetings.number", meeting.numberLabel()), meeting.getTitle() + " · "
                + MeetingTexts.date(meeting.getDate()) + " " + MeetingTexts.time(meeting.getStartTime()) + " · " + meeting.getRoom());
        add(header, toolbar(open), people());
        for (AgendaSection section : AgendaSection.values()) {
            List<AgendaEntry> entries = meeting.agenda().stream().filter(e -> e.getSection() == section).toList();
            H3 heading = new H3(MeetingTexts.section(section));
            heading.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.MEDIUM, LumoUtility.Margin.Bottom.NONE);
            add(heading);
            if (entries.isEmpty()) {
                add(muted(t("meetings.section.empty")));
            }
            entries.forEach(e -> add(entryCard(e, open)));
        }
        List<AgendaEntry> dropped = meeting.getEntries().stream().filter(AgendaEntry::isDropped).toList();
        if (!dropped.isEmpty() && mayRecord) {
            H3 heading = new H3(t("meetings.dropped"));
            heading.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.Top.MEDIUM);
            add(heading);
            dropped.forEach(e -> {
                HorizontalLayout row = new HorizontalLayout(muted(e.getTitle()));
                if (open) {
                    row.add(new Button(t("meetings.restore"), click -> run(() -> service.drop(e.getId(), false))));
                }
                row.setAlignItems(FlexComponent.Alignment.BASELINE);
                add(row);
            });
        }
        List<AuditEntry> history = service.history(meeting.getId());
        if (!history.isEmpty()) {
            H3 heading = new H3(t("meetings.history"));
            heading.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.Top.LARGE);
            add(heading);
            ZoneId zone = service.zone();
            history.stream().limit(30).forEach(a -> add(muted(MeetingTexts.date(a.getOccurredAt().atZone(zone).toLocalDate()) + " "
                    + STAMP.format(a.getOccurredAt().atZone(zone)) + " · " + a.getUsername() + " · "
                    + t("meetings.action." + a.getAction()) + " · " + a.getChanges().stream()
                            .map(c -> c.field() + ": " + (c.before() == null ? "" : c.before() + " → ") + c.after())
                            .reduce((x, y) -> x + "; " + y).orElse(""))));
        }
    }

    /**
     * The toolbar in two groups that fit one line at 1366 px beside the menu: the meeting's course (present, start,
     * prepare) on the left, its record (minutes, close) on the right; a narrower screen wraps between the groups.
     * Labels are short, the tooltip says the whole.
     */
    private Component toolbar(boolean open) {
        Div course = group();
        Div record = group();
        record.getStyle().set("margin-left", "auto");
        Button present = new Button(t("meetings.present"), VaadinIcon.PRESENTATION.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(PresentationView.class, params(meeting.getId()))));
        present.setId("meeting-present");
        course.add(present);
        Button minutesButton = new Button(t("meetings.toolbar.minutes"), VaadinIcon.DOWNLOAD_ALT.create());
        minutesButton.setTooltipText(t("meetings.minutes"));
        minutesButton.getElement().setAttribute("tabindex", "-1");
        Anchor minutes = new Anchor(download(() -> service.minutes(meeting.getId())), "");
        minutes.add(minutesButton);
        minutes.setId("meeting-minutes");
        minutes.getElement().setAttribute("download", true);
        minutes.getElement().setAttribute("aria-label", t("meetings.minutes"));
        record.add(minutes);
        if (mayRecord && open) {
            if (meeting.getStatus() == MeetingStatus.PLANNED) {
                Button start = new Button(t("meetings.start"), VaadinIcon.PLAY.create(), e -> run(() -> service.start(meeting.getId())));
                start.setId("meeting-start");
                start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                Button refresh = new Button(t("meetings.toolbar.refresh"), VaadinIcon.REFRESH.create(),
                        e -> run(() -> service.refreshAgenda(meeting.getId())));
                refresh.setTooltipText(t("meetings.refresh"));
                refresh.setId("meeting-refresh");
                course.add(start, refresh);
            }
            Button details = new Button(t("meetings.toolbar.details"), VaadinIcon.EDIT.create(), e -> new DetailsDialog(service, meeting,
                    () -> reload()).open());
            details.setTooltipText(t("meetings.details"));
            details.setId("meeting-details");
            Button add = new Button(t("meetings.addEntry"), VaadinIcon.PLUS.create(), e -> addEntryDialog());
            add.setId("meeting-add-entry");
            course.add(details, add);
            Button close = new Button(t("meetings.close"), VaadinIcon.LOCK.create(), e -> new ActionDialog(t("meetings.close"),
                    t("meetings.close"), () -> service.close(meeting.getId()), this::reload, new Span(t("meetings.close.confirm"))).open());
            close.setId("meeting-close");
            close.addThemeVariants(ButtonVariant.LUMO_ERROR);
            record.add(close);
        }
        Div toolbar = new Div(course, record);
        toolbar.addClassNames("meeting-toolbar", LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL,
                LumoUtility.AlignItems.CENTER);
        toolbar.setWidthFull();
        return toolbar;
    }

    private static Div group() {
        Div group = new Div();
        group.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.CENTER);
        return group;
    }

    private Component people() {
        Div box = new Div();
        box.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.BASELINE);
        box.add(MeetingTexts.statusBadge(meeting.getStatus()));
        box.add(new Span(t("meetings.chair") + ": " + (meeting.getChair() == null ? "-" : meeting.getChair())));
        List<Attendee> present = meeting.getAttendees().stream().filter(Attendee::isPresent).toList();
        List<Attendee> absent = meeting.getAttendees().stream().filter(a -> !a.isPresent()).toList();
        box.add(new Span(t("meetings.present.count", present.size())));
        if (!absent.isEmpty()) {
            box.add(new Span(t("meetings.absent") + ": " + absent.stream()
                    .map(a -> a.getName() + (a.getAbsenceReason() == null ? "" : " (" + a.getAbsenceReason() + ")"))
                    .reduce((x, y) -> x + ", " + y).orElse("")));
        }
        if (meeting.getStartedAt() != null) {
            box.add(new Span(t("meetings.startedAt", MeetingTexts.time(meeting.getStartedAt()))));
        }
        if (meeting.getEndedAt() != null) {
            box.add(new Span(t("meetings.endedAt", MeetingTexts.time(meeting.getEndedAt()))));
        }
        return box;
    }

    private Component entryCard(AgendaEntry e, boolean open) {
        Div card = new Div();
        card.addClassNames("agenda-entry", LumoUtility.Padding.MEDIUM, LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Background.CONTRAST_5, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        card.setWidthFull();
        card.getStyle().set("box-sizing", "border-box");
        card.setId("entry-" + e.getId());
        Span topic = new Span(MeetingTexts.topic(e.getTopic()));
        topic.getElement().getThemeList().add("badge");
        Component title = e.getLink() == null ? new Span(e.getTitle()) : new Anchor(e.getLink(), e.getTitle());
        ((com.vaadin.flow.component.HasStyle) title).addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        HorizontalLayout head = new HorizontalLayout(topic, title);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.setWidthFull();
        head.expand(title);
        if (mayRecord && open) {
            Button up = new Button(VaadinIcon.ARROW_UP.create(), c -> run(() -> service.move(e.getId(), -1)));
            up.setAriaLabel(t("meetings.up"));
            Button down = new Button(VaadinIcon.ARROW_DOWN.create(), c -> run(() -> service.move(e.getId(), 1)));
            down.setAriaLabel(t("meetings.down"));
            Button drop = new Button(VaadinIcon.CLOSE_SMALL.create(), c -> run(() -> service.drop(e.getId(), true)));
            drop.setAriaLabel(t("meetings.drop"));
            drop.setTooltipText(t("meetings.drop"));
            for (Button b : List.of(up, down, drop)) {
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                head.add(b);
            }
        }
        if (mayRecord && meeting.isClosed() && e.getMeasureId() != null) {
            head.add(fileMinutesButton(e));
        }
        card.add(head);
        if (e.getDetail() != null) {
            card.add(muted(e.getDetail()));
        }
        boolean recording = mayRecord && meeting.getStatus() == MeetingStatus.IN_PROGRESS;
        if (meeting.getStatus() != MeetingStatus.PLANNED) {
            card.add(resolution(e, recording));
        }
        // The tasks are redrawn in place after a save in this card: the rest of the page, and what is typed in it, stays.
        Div tasks = new Div();
        tasks.addClassNames("entry-tasks", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
        showTasks(tasks, e);
        card.add(tasks);
        if (recording) {
            card.add(taskForm(e, tasks));
        }
        return card;
    }

    private void showTasks(Div box, AgendaEntry e) {
        box.removeAll();
        e.getTasks().forEach(task -> box.add(taskRow(task, box)));
        box.setVisible(!e.getTasks().isEmpty());
    }

    /** Reads the entry again and redraws only its tasks. */
    private void refreshTasks(Long entryId, Div box) {
        meeting = service.get(meeting.getId());
        meeting.getEntries().stream().filter(x -> x.getId().equals(entryId)).findFirst().ifPresent(fresh -> showTasks(box, fresh));
    }

    /** Runs a save within one entry: on success only that entry's part is updated (by {@code then}), nothing else. */
    private boolean inPlace(Runnable action, Runnable then) {
        try {
            action.run();
        } catch (RuntimeException refused) {
            Notifications.showRefusal(refused);
            return false;
        }
        Notifications.success(t("action.saved"));
        then.run();
        return true;
    }

    private Component resolution(AgendaEntry e, boolean recording) {
        if (recording) {
            TextArea text = new TextArea(t("meetings.resolution"));
            text.setValue(e.getResolution() == null ? "" : e.getResolution());
            text.setWidthFull();
            text.addClassName("entry-resolution");
            // Saved in place: the text stays as typed, the rest of the page is not drawn again.
            Button save = new Button(t("meetings.resolution.save"), c -> inPlace(() -> service.resolve(e.getId(), text.getValue()),
                    () -> { }));
            save.addClassName("entry-resolution-save");
            HorizontalLayout row = new HorizontalLayout(text, save);
            row.setWidthFull();
            row.setAlignItems(FlexComponent.Alignment.END);
            return row;
        }
        Span shown = new Span(t("meetings.resolution") + ": " + (e.getResolution() == null ? t("meetings.resolution.none") : e.getResolution()));
        shown.addClassName("entry-resolution");
        if (mayRecord && meeting.isClosed()) {
            Button correct = new Button(t("meetings.correct"), c -> correctDialog(e));
            correct.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            correct.addClassName("entry-correct");
            HorizontalLayout row = new HorizontalLayout(shown, correct);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            return row;
        }
        return shown;
    }

    private Component taskRow(MeetingTask task, Div box) {
        Div row = new Div();
        row.addClassNames("meeting-task", LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL,
                LumoUtility.AlignItems.BASELINE);
        row.add(MeetingTexts.taskBadge(task), new Span(t("meetings.task.line", task.getDescription(),
                task.getDivision().getName(getLocale()), MeetingTexts.date(task.getDueDate()))));
        if (task.getAnswer() != null) {
            row.add(muted(t("meetings.task.answer", task.getAnswer())));
        }
        if (task.getAnswerLink() != null) {
            row.add(new Anchor(task.getAnswerLink(), task.getAnswerLink(), com.vaadin.flow.component.html.AnchorTarget.BLANK));
        }
        if (task.hasAnswerFile()) {
            Anchor file = new Anchor(download(() -> service.answerFile(task.getId())), task.getAnswerFileName());
            file.getElement().setAttribute("download", true);
            row.add(file);
        }
        if (task.getReturnNote() != null && task.getStatus() == org.itaboard.meetings.domain.TaskStatus.OPEN) {
            row.add(muted(t("meetings.task.returned", task.getReturnNote())));
        }
        if (service.mayDecide(task)) {
            Long entryId = task.getEntry().getId();
            Button close = new Button(t("meetings.task.close"), c -> inPlace(() -> service.closeTask(task.getId()),
                    () -> refreshTasks(entryId, box)));
            close.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
            close.addClassName("task-close");
            Button giveBack = new Button(t("meetings.task.return"), c -> returnDialog(task, () -> refreshTasks(entryId, box)));
            giveBack.addThemeVariants(ButtonVariant.LUMO_SMALL);
            row.add(close, giveBack);
        }
        return row;
    }

    private Component taskForm(AgendaEntry e, Div tasks) {
        TextField what = new TextField(t("meetings.task.description"));
        what.addClassName("task-description");
        // A handful of divisions: a Select shows them all at once, nothing to type or filter.
        Select<Division> division = new Select<>();
        division.setLabel(t("meetings.task.division"));
        division.setItems(divisions.findActive(meeting.getOffice()));
        division.setItemLabelGenerator(d -> d.getName(getLocale()));
        division.setEmptySelectionAllowed(false);
        division.addClassName("task-division");
        BuddhistDatePicker due = new BuddhistDatePicker(t("meetings.task.due"));
        due.addClassName("task-due");
        Button add = new Button(t("meetings.task.add"), VaadinIcon.PLUS.create(),
                c -> inPlace(() -> service.addTask(e.getId(), new TaskInput(what.getValue(), division.getValue(), due.getValue())),
                        () -> {
                            refreshTasks(e.getId(), tasks);
                            what.clear();
                            division.clear();
                            due.clear();
                        }));
        add.addClassName("task-add");
        HorizontalLayout form = new HorizontalLayout(what, division, due, add);
        form.addClassName("task-form");
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWidthFull();
        form.setFlexGrow(1, what);
        form.getStyle().set("flex-wrap", "wrap");
        return form;
    }

    private void addEntryDialog() {
        Select<AgendaSection> section = new Select<>();
        section.setLabel(t("meetings.entry.section"));
        section.setItems(AgendaSection.values());
        section.setItemLabelGenerator(MeetingTexts::section);
        section.setValue(AgendaSection.OTHER);
        section.setId("entry-section");
        // A saved projection scenario of the meeting's year: the meeting-room screen shows what it gives.
        Select<SavedScenario> scenario = new Select<>();
        scenario.setLabel(t("meetings.entry.scenario"));
        scenario.setHelperText(t("meetings.entry.scenario.helper"));
        scenario.setItems(service.scenarios(meeting.getId()));
        scenario.setItemLabelGenerator(s -> s == null ? "" : s.name() + " (" + s.projection().year().getBeYear() + ")");
        scenario.setEmptySelectionAllowed(true);
        scenario.setWidthFull();
        scenario.setId("entry-scenario");
        TextField title = new TextField(t("meetings.entry.title"));
        title.setWidthFull();
        title.setId("entry-title");
        scenario.addValueChangeListener(e -> title.setEnabled(e.getValue() == null));
        TextArea detail = new TextArea(t("meetings.entry.detail"));
        detail.setWidthFull();
        ActionDialog dialog = new ActionDialog(t("meetings.addEntry"), t("action.save"), () -> {
            if (scenario.getValue() != null) {
                service.addScenario(meeting.getId(), section.getValue(), scenario.getValue().id(), detail.getValue());
            } else {
                service.addEntry(meeting.getId(), section.getValue(), title.getValue(), detail.getValue());
            }
        }, this::reload, section, scenario, title, detail);
        dialog.primaryButton().setId("entry-save");
        dialog.open();
    }

    /** Files the closed meeting's minutes as evidence of the entry's measure. */
    private Button fileMinutesButton(AgendaEntry e) {
        Button file = new Button(t("meetings.fileMinutes"), VaadinIcon.PAPERCLIP.create(),
                c -> {
                    try {
                        service.fileMinutes(meeting.getId(), e.getMeasureId());
                        Notifications.success(t("meetings.fileMinutes.done"));
                    } catch (RuntimeException refused) {
                        Notifications.showRefusal(refused);
                    }
                });
        file.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        file.addClassName("entry-file-minutes");
        return file;
    }

    private void correctDialog(AgendaEntry e) {
        TextArea text = new TextArea(t("meetings.resolution"));
        text.setValue(e.getResolution() == null ? "" : e.getResolution());
        text.setWidthFull();
        TextField reason = new TextField(t("meetings.reason"));
        reason.setWidthFull();
        new ActionDialog(t("meetings.correct"), t("action.save"), () -> service.correct(e.getId(), text.getValue(),
                reason.getValue()), this::reload, text, reason).open();
    }

    private void returnDialog(MeetingTask task, Runnable then) {
        TextField note = new TextField(t("meetings.reason"));
        note.setWidthFull();
        new ActionDialog(t("meetings.task.return"), t("meetings.task.return"), () -> service.returnTask(task.getId(), note.getValue()),
                then, note).open();
    }

    /** Runs a step the coordinator clicked: on success the meeting is drawn again, a refusal is shown in words. */
    private void run(Runnable action) {
        try {
            action.run();
            Notifications.success(t("action.saved"));
            reload();
        } catch (RuntimeException refused) {
            Notifications.showRefusal(refused);
        }
    }

    private void reload() {
        meeting = service.get(meeting.getId());
        render();
    }

    /** A download that asks the service (and so its access check) at the moment the file is fetched. */
    static DownloadHandler download(Supplier<EvidenceDownload> fetch) {
        return DownloadHandler.fromInputStream(event -> {
            EvidenceDownload file = fetch.get();
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(),
                    file.content().length);
        });
    }

    private static Span muted(String text) {
        Span span = new Span(text);
        span.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        return span;
    }

    @Override
    public String getPageTitle() {
        return meeting == null ? t("nav.meetings") : t("meetings.number", meeting.numberLabel());
    }
}
