package org.itaboard.base.domain;

import java.time.LocalDate;

/** Interim: replaced by the full implementation from the engine branch at merge. */
public final class BuddhistDates {
    private static final String[] MONTHS = {"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."};

    private BuddhistDates() {
    }

    public static String format(LocalDate d) {
        return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + (d.getYear() + 543);
    }
}
