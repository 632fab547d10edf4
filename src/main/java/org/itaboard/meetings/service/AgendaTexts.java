package org.itaboard.meetings.service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.itaboard.base.domain.BuddhistDates;
import org.itaboard.division.domain.Division;
import org.itaboard.measures.domain.Measure;

/**
 * The wording the agenda sources give their entries. The agenda and its minutes are the office's Thai record, so the
 * entries are written in Thai once, when drawn; the screens label them by topic in the user's language.
 */
final class AgendaTexts {

    private AgendaTexts() {
    }

    static String division(Division division) {
        return division == null ? "ยังไม่กำหนดฝ่าย" : division.getNameTh();
    }

    static String date(LocalDate date) {
        return date == null ? "-" : BuddhistDates.format(date);
    }

    static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    /** "ฝ่ายโยธา · ความคืบหน้า 40% · ครบกำหนด 31 ม.ค. 2570". */
    static String measureLine(Measure m) {
        return division(m.getLeadDivision()) + " · ความคืบหน้า " + m.getProgress() + "% · ครบกำหนด " + date(m.getDueDate());
    }

    static String measureLink(Long measureId) {
        return "measures/" + measureId;
    }
}
