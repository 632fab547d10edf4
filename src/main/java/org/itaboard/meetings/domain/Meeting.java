package org.itaboard.meetings.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.itaboard.base.domain.AbstractEntity;
import org.itaboard.base.domain.BuddhistDates;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.offices.domain.Office;

/**
 * One executive meeting of an office: when and where, its number in the calendar year ("ครั้งที่ 3/2569"), who came,
 * its ITA agenda drawn from the fiscal year's data, and (once closed) a frozen record.
 */
@Entity
@Table(name = "meeting")
public class Meeting extends AbstractEntity {

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "office_id", updatable = false)
    private Office office;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "fiscal_year_id")
    private FiscalYear fiscalYear;

    @Column(name = "calendar_year", nullable = false)
    private int calendarYear;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false)
    private String title;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(nullable = false)
    private String room;

    @Column(name = "chair_name")
    private String chair;

    @Column(name = "recorder_name")
    private String recorder;

    @Column(name = "checker_name")
    private String checker;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingStatus status = MeetingStatus.PLANNED;

    @Column(name = "started_at")
    private LocalTime startedAt;

    @Column(name = "ended_at")
    private LocalTime endedAt;

    @Column(name = "agenda_built_at")
    private Instant agendaBuiltAt;

    @ElementCollection
    @CollectionTable(name = "meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<Attendee> attendees = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AgendaEntry> entries = new ArrayList<>();

    protected Meeting() {
    }

    public Meeting(Office office, FiscalYear fiscalYear, int number, String title, LocalDate date, LocalTime startTime,
            String room) {
        this.office = office;
        this.fiscalYear = fiscalYear;
        this.number = number;
        this.title = title;
        this.date = date;
        this.calendarYear = date.getYear();
        this.startTime = startTime;
        this.room = room;
    }

    /** "3/2569": the number within the meeting's calendar year, in BE. */
    public String numberLabel() {
        return number + "/" + BuddhistDates.toBe(calendarYear);
    }

    public boolean isClosed() {
        return status == MeetingStatus.CLOSED;
    }

    /** The agenda as shown and minuted: the entries not dropped, in their order. */
    public List<AgendaEntry> agenda() {
        return entries.stream().filter(e -> !e.isDropped()).toList();
    }

    public AgendaEntry add(AgendaEntry entry) {
        entries.add(entry);
        renumber();
        return entry;
    }

    /** Positions follow the list's order: sections first, the coordinator's order within them. */
    public void renumber() {
        entries.sort(java.util.Comparator.comparing(AgendaEntry::getSection).thenComparing(AgendaEntry::getPosition));
        for (int i = 0; i < entries.size(); i++) {
            entries.get(i).setPosition(i);
        }
    }

    public Office getOffice() {
        return office;
    }

    public FiscalYear getFiscalYear() {
        return fiscalYear;
    }

    public int getCalendarYear() {
        return calendarYear;
    }

    public int getNumber() {
        return number;
    }

    /** A new date may move the meeting into another calendar year, and so to another number. */
    public void reschedule(LocalDate date, LocalTime startTime, String room, int number) {
        this.date = date;
        this.calendarYear = date.getYear();
        this.startTime = startTime;
        this.room = room;
        this.number = number;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public String getRoom() {
        return room;
    }

    public String getChair() {
        return chair;
    }

    public void setChair(String chair) {
        this.chair = chair;
    }

    public String getRecorder() {
        return recorder;
    }

    public void setRecorder(String recorder) {
        this.recorder = recorder;
    }

    public String getChecker() {
        return checker;
    }

    public void setChecker(String checker) {
        this.checker = checker;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public void setStatus(MeetingStatus status) {
        this.status = status;
    }

    public LocalTime getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(LocalTime startedAt) {
        this.startedAt = startedAt;
    }

    public LocalTime getEndedAt() {
        return endedAt;
    }

    public void setEndedAt(LocalTime endedAt) {
        this.endedAt = endedAt;
    }

    public Instant getAgendaBuiltAt() {
        return agendaBuiltAt;
    }

    public void setAgendaBuiltAt(Instant agendaBuiltAt) {
        this.agendaBuiltAt = agendaBuiltAt;
    }

    public List<Attendee> getAttendees() {
        return attendees;
    }

    public void setAttendees(List<Attendee> attendees) {
        this.attendees.clear();
        this.attendees.addAll(attendees);
    }

    public List<AgendaEntry> getEntries() {
        return entries;
    }
}
