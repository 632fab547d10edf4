package org.itaboard.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import org.itaboard.base.domain.AbstractEntity;
import org.itaboard.offices.domain.Office;

/** When and where an office's executives meet (Nong Chok: every Tuesday at 13:30) and how its minutes print numbers. */
@Entity
@Table(name = "meeting_settings")
public class MeetingSettings extends AbstractEntity {

    @OneToOne(optional = false)
    @JoinColumn(name = "office_id", updatable = false)
    private Office office;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private int weekday;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(nullable = false)
    private String room;

    @Column(name = "thai_digits")
    private boolean thaiDigits;

    protected MeetingSettings() {
    }

    /** The usual schedule: Tuesdays 13:30 in the office's meeting room, Arabic digits. */
    public static MeetingSettings defaults(Office office) {
        MeetingSettings s = new MeetingSettings();
        s.office = office;
        s.title = "การประชุมผู้บริหาร" + office.getNameTh();
        s.weekday = DayOfWeek.TUESDAY.getValue();
        s.startTime = LocalTime.of(13, 30);
        s.room = "ห้องประชุม" + office.getNameTh();
        return s;
    }

    /** The first meeting day on or after {@code from}. */
    public LocalDate nextMeetingDay(LocalDate from) {
        return from.with(TemporalAdjusters.nextOrSame(getWeekday()));
    }

    public Office getOffice() {
        return office;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public DayOfWeek getWeekday() {
        return DayOfWeek.of(weekday);
    }

    public void setWeekday(DayOfWeek weekday) {
        this.weekday = weekday.getValue();
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }

    public boolean isThaiDigits() {
        return thaiDigits;
    }

    public void setThaiDigits(boolean thaiDigits) {
        this.thaiDigits = thaiDigits;
    }
}
