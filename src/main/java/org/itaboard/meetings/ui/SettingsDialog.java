package org.itaboard.meetings.ui;

import static org.itaboard.meetings.ui.MeetingTexts.t;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import org.itaboard.base.ui.ActionDialog;
import org.itaboard.base.ui.Notifications;
import org.itaboard.meetings.domain.MeetingSettings;
import org.itaboard.meetings.service.MeetingService;
import org.itaboard.offices.domain.Office;

/** The office's meeting schedule: the weekday, time and room a new meeting starts from, and Thai numerals in minutes. */
class SettingsDialog extends ActionDialog {

    SettingsDialog(MeetingService service, Office office, TextField title, Select<DayOfWeek> weekday, TimePicker time,
            TextField room, Checkbox thaiDigits) {
        super(t("meetings.settings"), t("action.save"),
                () -> service.saveSettings(office, title.getValue(), weekday.getValue(), time.getValue(), room.getValue(),
                        thaiDigits.getValue()),
                () -> Notifications.success(t("action.saved")), form(service.settings(office), title, weekday, time, room,
                        thaiDigits));
    }

    SettingsDialog(MeetingService service, Office office) {
        this(service, office, new TextField(t("meetings.settings.title")), new Select<>(), new TimePicker(t("meetings.settings.time")),
                new TextField(t("meetings.settings.room")), new Checkbox(t("meetings.settings.thaiDigits")));
    }

    private static FormLayout form(MeetingSettings s, TextField title, Select<DayOfWeek> weekday, TimePicker time,
            TextField room, Checkbox thaiDigits) {
        title.setValue(s.getTitle());
        weekday.setLabel(t("meetings.settings.weekday"));
        weekday.setItems(DayOfWeek.values());
        weekday.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, com.vaadin.flow.component.UI.getCurrent().getLocale()));
        weekday.setValue(s.getWeekday());
        time.setValue(s.getStartTime());
        room.setValue(s.getRoom());
        thaiDigits.setValue(s.isThaiDigits());
        FormLayout form = new FormLayout(title, weekday, time, room, thaiDigits);
        form.setColspan(title, 2);
        form.setColspan(room, 2);
        return form;
    }
}
