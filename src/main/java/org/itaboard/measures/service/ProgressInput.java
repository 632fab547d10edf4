package org.itaboard.measures.service;

import java.time.LocalDate;

/** A progress report as typed: date, what was done, the progress now reached (0–100). */
public record ProgressInput(LocalDate reportedOn, String text, Integer progress) {
}
