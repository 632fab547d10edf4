package org.itaboard.base.domain;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Thai digits (๐–๙) appear mixed with Arabic ones in every document, even inside one number,
 * so all numeric input goes through here.
 */
public final class ThaiDigits {

    private static final char THAI_ZERO = '๐';
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");

    private ThaiDigits() {
    }

    /** Replaces ๐–๙ with 0–9 and leaves every other character as it is; null stays null. */
    public static String toArabic(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(isThaiDigit(c) ? (char) ('0' + (c - THAI_ZERO)) : c);
        }
        return out.toString();
    }

    /** Replaces 0–9 with ๐–๙ (documents of offices that print Thai numerals); null stays null. */
    public static String toThai(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c >= '0' && c <= '9' ? (char) (THAI_ZERO + (c - '0')) : c);
        }
        return out.toString();
    }

    public static boolean isThaiDigit(char c) {
        return c >= THAI_ZERO && c <= '๙';
    }

    /**
     * Reads "98.02", "๙๘.๐๒", "1,234.5", " 85 % " and the like. Thousands separators must sit every
     * three digits, so "1,00" is refused rather than guessed at.
     *
     * @return the number, or null for null or blank text
     * @throws IllegalArgumentException when the text is not a number
     */
    public static BigDecimal parseNumber(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String text = toArabic(s).strip();
        if (text.endsWith("%")) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        if (!NUMBER.matcher(text).matches()) {
            throw new IllegalArgumentException("Not a number: \"" + s.strip() + "\"");
        }
        return new BigDecimal(text.replace(",", ""));
    }

    /**
     * Like {@link #parseNumber(String)}, for whole numbers only ("12.0" is accepted, "12.5" is not).
     */
    public static Integer parseInteger(String s) {
        BigDecimal number = parseNumber(s);
        if (number == null) {
            return null;
        }
        try {
            return number.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Not a whole number: \"" + s.strip() + "\"", e);
        }
    }
}
