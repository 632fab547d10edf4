package org.itaboard.base.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thai dates: Buddhist Era years (BE = CE + 543), Thai month names, Thai digits, and the fiscal year
 * that runs 1 October (N−1) to 30 September N.
 *
 * <p>Year rules in {@link #parse(String)}: a two-digit year is a BE year 25xx ("68" → 2568, the way Thai
 * users write it); a four-digit year from 2400 up is BE; a four-digit year below 2400 is taken as CE
 * ("2025" → 2025), since no BE year that small occurs in current documents.
 */
public final class BuddhistDates {

    public static final int BE_OFFSET = 543;

    private static final List<String> SHORT_MONTHS = List.of(
            "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.");
    private static final List<String> LONG_MONTHS = List.of(
            "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
            "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม");
    /** Month names without dots or spaces, so "ม.ค.", "มค" and "ม.ค" all match. */
    private static final Map<String, Integer> MONTH_BY_NAME = new HashMap<>();

    static {
        for (int i = 0; i < 12; i++) {
            MONTH_BY_NAME.put(SHORT_MONTHS.get(i).replace(".", ""), i + 1);
            MONTH_BY_NAME.put(LONG_MONTHS.get(i), i + 1);
        }
    }

    private static final Pattern ERA = Pattern.compile("พ\\s*\\.?\\s*ศ\\s*\\.?");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4}|\\d{2})");
    private static final Pattern WITH_MONTH_NAME = Pattern.compile("(\\d{1,2})\\s*([\\u0E01-\\u0E4E.\\s]+?)\\s*(\\d{4}|\\d{2})");
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private BuddhistDates() {
    }

    public static int toBe(int ceYear) {
        return ceYear + BE_OFFSET;
    }

    public static int toCe(int beYear) {
        return beYear - BE_OFFSET;
    }

    /** "1 ม.ค. 2568". */
    public static String format(LocalDate d) {
        return d.getDayOfMonth() + " " + SHORT_MONTHS.get(d.getMonthValue() - 1) + " " + toBe(d.getYear());
    }

    /** "1 มกราคม 2568". */
    public static String formatLong(LocalDate d) {
        return d.getDayOfMonth() + " " + LONG_MONTHS.get(d.getMonthValue() - 1) + " " + toBe(d.getYear());
    }

    /** Thai short form for Thai, otherwise "1 Jan 2568": the offices count years in BE in any language. */
    public static String format(LocalDate d, Locale locale) {
        return "th".equals(locale.getLanguage()) ? format(d) : ENGLISH.format(d) + " " + toBe(d.getYear());
    }

    /**
     * Reads "1 ม.ค. 68", "๑ มกราคม ๒๕๖๘", "1 มค 2568", "01/01/2568", "1/1/68", "1-1-2568", "2568-01-01",
     * each optionally with "พ.ศ." before the year. See the class comment for how years are read.
     *
     * @throws IllegalArgumentException for text that is not a date or a day the month does not have
     */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("ไม่ได้ระบุวันที่");
        }
        String s = ERA.matcher(ThaiDigits.toArabic(text).strip()).replaceAll(" ").strip();
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            return date(text, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), m.group(1));
        }
        m = NUMERIC.matcher(s);
        if (m.matches()) {
            return date(text, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3));
        }
        m = WITH_MONTH_NAME.matcher(s);
        if (m.matches()) {
            Integer month = MONTH_BY_NAME.get(m.group(2).replaceAll("[.\\s]", ""));
            if (month != null) {
                return date(text, Integer.parseInt(m.group(1)), month, m.group(3));
            }
            throw new IllegalArgumentException("ไม่รู้จักชื่อเดือน \"" + m.group(2).strip() + "\" ในวันที่ \"" + text.strip() + "\"");
        }
        throw new IllegalArgumentException("อ่านวันที่ \"" + text.strip()
                + "\" ไม่ได้ (ตัวอย่างที่รับได้: 1 ม.ค. 2568, 1 มกราคม 2568, 01/01/2568, 2568-01-01)");
    }

    private static LocalDate date(String text, int day, int month, String year) {
        int ceYear = ceYear(year);
        try {
            return LocalDate.of(ceYear, month, day);
        } catch (DateTimeException e) {
            String monthName = month >= 1 && month <= 12 ? LONG_MONTHS.get(month - 1) + " " + toBe(ceYear) : "เดือนที่ " + month;
            throw new IllegalArgumentException("วันที่ \"" + text.strip() + "\" ไม่มีอยู่จริง (" + monthName
                    + " ไม่มีวันที่ " + day + ")", e);
        }
    }

    private static int ceYear(String year) {
        int y = Integer.parseInt(year);
        if (year.length() == 2) {
            return toCe(2500 + y);
        }
        return y >= 2400 ? toCe(y) : y;
    }

    /** The BE fiscal year a day falls in: 1 Oct 2567 (2024-10-01) → 2568. */
    public static int fiscalYearOf(LocalDate d) {
        int ceYear = d.getMonthValue() >= Month.OCTOBER.getValue() ? d.getYear() + 1 : d.getYear();
        return toBe(ceYear);
    }

    /** 1 October of the year before: FY 2568 → 2024-10-01. */
    public static LocalDate fiscalYearStart(int beFiscalYear) {
        return LocalDate.of(toCe(beFiscalYear) - 1, Month.OCTOBER, 1);
    }

    /** 30 September: FY 2568 → 2025-09-30. */
    public static LocalDate fiscalYearEnd(int beFiscalYear) {
        return LocalDate.of(toCe(beFiscalYear), Month.SEPTEMBER, 30);
    }
}
