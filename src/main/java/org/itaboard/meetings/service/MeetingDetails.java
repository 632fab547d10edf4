package org.itaboard.meetings.service;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.itaboard.meetings.domain.Attendee;

/** What the coordinator edits about a meeting besides its agenda: when, where, who. */
public record MeetingDetails(String title, LocalDate date, LocalTime startTime, String room, String chair, String recorder,
        String checker, List<Attendee> attendees) {
}
