package org.itaboard.meetings.service;

import java.time.LocalDate;
import org.itaboard.division.domain.Division;

/** A task the meeting gives a division: what, which division, by when. */
public record TaskInput(String description, Division division, LocalDate dueDate) {
}
