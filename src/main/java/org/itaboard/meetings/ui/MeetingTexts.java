package org.itaboard.meetings.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.LocalTime;
import org.itaboard.base.domain.BuddhistDates;
import org.itaboard.meetings.domain.AgendaSection;
import org.itaboard.meetings.domain.Meeting;
import org.itaboard.meetings.domain.MeetingStatus;
import org.itaboard.meetings.domain.MeetingTask;
import org.itaboard.meetings.domain.TaskStatus;

/** How the meetings' values read on screen, in the user's language. */
final class MeetingTexts {

    private MeetingTexts() {
    }

    static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    static String date(LocalDate d) {
        return d == null ? "-" : BuddhistDates.format(d, UI.getCurrent().getLocale());
    }

    static String time(LocalTime time) {
        return time == null ? "-" : String.format("%02d:%02d", time.getHour(), time.getMinute());
    }

    /** "ครั้งที่ 4/2569 · 1 ธ.ค. 2569 13:30". */
    static String label(Meeting m) {
        return t("meetings.number", m.numberLabel()) + " · " + date(m.getDate()) + " " + time(m.getStartTime());
    }

    static String section(AgendaSection section) {
        return t("meetings.section." + section.name());
    }

    static String topic(String topic) {
        return t("meetings.topic." + topic);
    }

    static Span statusBadge(MeetingStatus status) {
        Span badge = new Span(t("meetings.status." + status.name()));
        badge.getElement().getThemeList().add(switch (status) {
            case PLANNED -> "badge";
            case IN_PROGRESS -> "badge success primary";
            case CLOSED -> "badge contrast";
        });
        badge.addClassName("meeting-status");
        return badge;
    }

    static Span taskBadge(MeetingTask task) {
        Span badge = new Span(t("meetings.task.status." + task.getStatus().name()));
        badge.getElement().getThemeList().add(task.getStatus() == TaskStatus.OPEN ? "badge error"
                : task.getStatus() == TaskStatus.ANSWERED ? "badge" : "badge success");
        return badge;
    }
}
