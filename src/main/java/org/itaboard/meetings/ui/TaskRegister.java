package org.itaboard.meetings.ui;

import static org.itaboard.meetings.ui.MeetingTexts.t;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.itaboard.base.ui.GridExport;
import org.itaboard.division.domain.Division;
import org.itaboard.meetings.domain.Meeting;
import org.itaboard.meetings.domain.MeetingTask;
import org.itaboard.meetings.domain.TaskStatus;

/**
 * The office's task register: every task its meetings gave, newest meeting first, filtered by status and division;
 * a row opens its meeting, and the export takes the rows the filters leave.
 */
class TaskRegister extends VerticalLayout {

    /** The status filter: one status, or every task. */
    enum Show { ALL, OPEN, ANSWERED, CLOSED }

    private final Grid<MeetingTask> grid = new Grid<>();
    private final GridExport<MeetingTask> export = GridExport.of(grid, t("meetings.register.sheet"));
    private final Select<Show> status = new Select<>();
    private final ComboBox<Division> division = new ComboBox<>();
    private final GridListDataView<MeetingTask> rows;
    private final LocalDate today;

    TaskRegister(List<MeetingTask> tasks, LocalDate today, java.time.ZoneId zone) {
        this.today = today;
        setSizeFull();
        setPadding(false);

        status.setId("meeting-tasks-status");
        status.setLabel(t("meetings.register.status"));
        status.setItems(Show.values());
        status.setItemLabelGenerator(s -> t("meetings.register.show." + s.name()));
        status.setValue(Show.ALL);
        status.addValueChangeListener(e -> refilter());

        division.setId("meeting-tasks-division");
        division.setLabel(t("meetings.task.division"));
        division.setPlaceholder(t("meetings.register.allDivisions"));
        division.setClearButtonVisible(true);
        division.setItems(tasks.stream().map(MeetingTask::getDivision).filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.toMap(Division::getId, d -> d, (a, b) -> a)).values().stream()
                .sorted(Comparator.comparing(d -> d.getName(getLocale()))).toList());
        division.setItemLabelGenerator(d -> d.getName(getLocale()));
        division.addValueChangeListener(e -> refilter());

        grid.setId("meeting-tasks-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // The header says "ครั้งที่"; the cell keeps "3/2569" on one line.
        export.value(grid.addComponentColumn(this::meetingLink).setHeader(t("meetings.column.number")).setWidth("5.5em")
                .setFlexGrow(0), task -> meeting(task).numberLabel());
        export.value(grid.addColumn(task -> task.getEntry().getTitle()).setHeader(t("meetings.register.entry"))
                .setWidth("9em").setFlexGrow(2), task -> task.getEntry().getTitle());
        export.value(grid.addColumn(MeetingTask::getDescription).setHeader(t("meetings.task.description"))
                .setWidth("11em").setFlexGrow(3), MeetingTask::getDescription);
        export.value(grid.addColumn(task -> task.getDivision().getName(getLocale())).setHeader(t("meetings.task.division"))
                .setWidth("7em").setFlexGrow(0), task -> task.getDivision().getName(getLocale()));
        export.value(grid.addColumn(task -> MeetingTexts.date(task.getDueDate())).setHeader(t("meetings.task.due"))
                .setWidth("7.5em").setFlexGrow(0), MeetingTask::getDueDate);
        export.value(grid.addComponentColumn(MeetingTexts::taskBadge).setHeader(t("meetings.column.status"))
                .setWidth("8.5em").setFlexGrow(0), task -> t("meetings.task.status." + task.getStatus().name()));
        export.value(grid.addColumn(task -> ageInDays(task, zone)).setHeader(t("meetings.register.age"))
                .setWidth("4.5em").setFlexGrow(0), task -> ageInDays(task, zone));
        export.value(grid.addColumn(TaskRegister::answer).setHeader(t("meetings.register.answer")).setWidth("9em").setFlexGrow(2),
                TaskRegister::answer);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(MeetingView.class,
                MeetingView.params(meeting(e.getItem()).getId()))));
        grid.setSizeFull();
        rows = grid.setItems(tasks);

        var anchor = export.button("meeting-tasks.xlsx");
        anchor.setId("meeting-tasks-export");
        HorizontalLayout bar = new HorizontalLayout(status, division, anchor);
        bar.setWidthFull();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.expand(division);
        division.setMaxWidth("20em");
        add(bar, grid);
    }

    private void refilter() {
        Show shown = status.getValue() == null ? Show.ALL : status.getValue();
        Division only = division.getValue();
        rows.setFilter(task -> (shown == Show.ALL || task.getStatus() == TaskStatus.valueOf(shown.name()))
                && (only == null || only.getId().equals(task.getDivision().getId())));
    }

    /** Days since the meeting gave the task, up to today or to the day it was closed. */
    private long ageInDays(MeetingTask task, java.time.ZoneId zone) {
        LocalDate until = task.getClosedAt() != null ? task.getClosedAt().atZone(zone).toLocalDate() : today;
        return Math.max(0, ChronoUnit.DAYS.between(meeting(task).getDate(), until));
    }

    private static String answer(MeetingTask task) {
        if (task.getAnswer() == null && task.getAnswerLink() == null) {
            return null;
        }
        return task.getAnswerLink() == null ? task.getAnswer()
                : task.getAnswer() == null ? task.getAnswerLink() : task.getAnswer() + " " + task.getAnswerLink();
    }

    private static Meeting meeting(MeetingTask task) {
        return task.getEntry().getMeeting();
    }

    Grid<MeetingTask> grid() {
        return grid;
    }

    GridExport<MeetingTask> export() {
        return export;
    }

    private RouterLink meetingLink(MeetingTask task) {
        RouterLink link = new RouterLink(meeting(task).numberLabel(), MeetingView.class,
                MeetingView.params(meeting(task).getId()));
        link.getStyle().set("white-space", "nowrap");
        return link;
    }
}
