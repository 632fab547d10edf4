package org.itaboard.meetings.service;

import java.time.Instant;
import java.time.LocalDate;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.offices.domain.Office;

/**
 * What an agenda is drawn for: the office, the fiscal year whose work it follows, the meeting's day, since when
 * "new" counts (the previous meeting's day, or a week before the first meeting) and the day of the next meeting
 * (what falls due before it is discussed now).
 *
 * @param sinceInstant the start of {@code since} in the application's time zone, for records stamped with an instant
 */
public record AgendaContext(Office office, FiscalYear year, LocalDate meetingDate, LocalDate since, Instant sinceInstant,
        LocalDate nextMeeting) {
}
