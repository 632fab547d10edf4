package org.itaboard.meetings.ui;

import static org.itaboard.meetings.ui.MeetingTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.util.ArrayList;
import java.util.List;
import org.itaboard.base.ui.ActionDialog;
import org.itaboard.base.ui.BuddhistDatePicker;
import org.itaboard.meetings.domain.Attendee;
import org.itaboard.meetings.domain.Meeting;
import org.itaboard.meetings.service.MeetingDetails;
import org.itaboard.meetings.service.MeetingService;

/** When, where and who: the meeting's title, day, time, room, chair, recorder, checker and its attendees. */
class DetailsDialog extends ActionDialog {

    /** One attendee's row: present or absent with a reason; a name typed in when not a user. */
    private record Row(Long userId, TextField name, TextField role, Checkbox present, TextField reason) {
        Attendee toAttendee() {
            return new Attendee(userId, name.getValue().trim(), role.getValue().isBlank() ? null : role.getValue().trim(),
                    present.getValue(), reason.getValue().isBlank() ? null : reason.getValue().trim());
        }
    }

    private final MeetingService service;
    private final Meeting meeting;
    private final TextField title = new TextField(t("meetings.settings.title"));
    private final BuddhistDatePicker date = new BuddhistDatePicker(t("meetings.date"));
    private final TimePicker time = new TimePicker(t("meetings.settings.time"));
    private final TextField room = new TextField(t("meetings.settings.room"));
    private final TextField chair = new TextField(t("meetings.chair"));
    private final TextField recorder = new TextField(t("meetings.recorder"));
    private final TextField checker = new TextField(t("meetings.checker"));
    private final List<Row> rows = new ArrayList<>();
    private final Div people = new Div();

    DetailsDialog(MeetingService service, Meeting meeting, Runnable afterSave) {
        super(t("meetings.details"), t("action.save"));
        this.service = service;
        this.meeting = meeting;
        setWidth("min(900px, 96vw)");
        title.setValue(meeting.getTitle());
        date.setValue(meeting.getDate());
        time.setValue(meeting.getStartTime());
        room.setValue(meeting.getRoom());
        chair.setValue(nullToEmpty(meeting.getChair()));
        recorder.setValue(nullToEmpty(meeting.getRecorder()));
        checker.setValue(nullToEmpty(meeting.getChecker()));
        FormLayout form = new FormLayout(title, date, time, room, chair, recorder, checker);
        form.setColspan(title, 2);
        meeting.getAttendees().forEach(this::addRow);
        TextField newName = new TextField();
        newName.setPlaceholder(t("meetings.attendee.new"));
        Button addPerson = new Button(t("meetings.attendee.add"), VaadinIcon.PLUS.create(), e -> {
            if (!newName.getValue().isBlank()) {
                addRow(new Attendee(null, newName.getValue().trim(), null, true, null));
                newName.clear();
            }
        });
        HorizontalLayout adding = new HorizontalLayout(newName, addPerson);
        add(form, people, adding);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                afterSave.run();
            }
        });
    }

    private void addRow(Attendee a) {
        TextField name = new TextField();
        name.setValue(a.getName());
        name.setReadOnly(a.getUserId() != null);
        TextField role = new TextField();
        role.setValue(nullToEmpty(a.getRoleTitle()));
        role.setPlaceholder(t("meetings.attendee.role"));
        Checkbox present = new Checkbox(t("meetings.attendee.present"), a.isPresent());
        TextField reason = new TextField();
        reason.setPlaceholder(t("meetings.attendee.reason"));
        reason.setValue(nullToEmpty(a.getAbsenceReason()));
        reason.setEnabled(!a.isPresent());
        present.addValueChangeListener(e -> reason.setEnabled(!e.getValue()));
        Row row = new Row(a.getUserId(), name, role, present, reason);
        rows.add(row);
        HorizontalLayout line = new HorizontalLayout(name, role, present, reason);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.addClassName("attendee-row");
        people.add(line);
    }

    @Override
    protected void act() {
        service.updateDetails(meeting.getId(), new MeetingDetails(title.getValue(), date.getValue(), time.getValue(),
                room.getValue(), chair.getValue(), recorder.getValue(), checker.getValue(),
                rows.stream().map(Row::toAttendee).toList()));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
