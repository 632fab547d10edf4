package org.itaboard.scoring.domain;

import org.itaboard.fiscalyear.domain.Tool;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itaboard.base.domain.ThaiDigits;

/**
 * Turns item and aggregate codes as printed in the reports into canonical form: items {@code I1}, {@code E15},
 * {@code O43} (prefix letter, number without leading zeros); aggregates {@code ITA}, {@code IIT}, {@code EIT},
 * {@code OIT}, {@code IND9}, {@code SUB9.1}. Refuses what it cannot read without guessing.
 */
public final class ItemCodes {

    /** I2 before I10: prefix letters alphabetically, then the numbers numerically. */
    public static final Comparator<String> NATURAL_ORDER = Comparator
            .comparing(ItemCodes::letters)
            .thenComparingLong(ItemCodes::number)
            .thenComparing(Comparator.naturalOrder());

    private static final List<String> TOOL_CODES = List.of("ITA", "IIT", "EIT", "OIT");
    private static final Pattern ITEM = Pattern.compile("([IEO])(\\d+)\\.?");
    private static final Pattern INDICATOR = Pattern.compile("IND(\\d+)");
    private static final Pattern SUB_INDICATOR = Pattern.compile("SUB(\\d+(?:\\.\\d+)+)");
    private static final Pattern DIGITS = Pattern.compile("(\\d)(\\d*)\\.?");

    private ItemCodes() {
    }

    /** Same as {@link #normalise(String, Tool)} without a tool hint. */
    public static NormalisedCode normalise(String raw) {
        return normalise(raw, null);
    }

    /**
     * @param contextTool the tool the code was found under, or null when unknown. It settles codes that
     *                    OCR turned into digits: with IIT a leading "1" is the prefix i ("1๑๐" → I10), with OIT
     *                    a leading 0 or ๐ is the prefix O. Without it a digits-only code starting with 1 is refused.
     * @throws IllegalArgumentException when the code cannot be read, or contradicts the hint
     */
    public static NormalisedCode normalise(String raw, Tool contextTool) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("Empty item code");
        }
        List<String> notes = new ArrayList<>();
        String trimmed = raw.strip();
        if (!trimmed.equals(raw)) {
            notes.add("trimmed");
        }
        String arabic = ThaiDigits.toArabic(trimmed);
        if (!arabic.equals(trimmed)) {
            notes.add("Thai digits → Arabic");
        }
        String text = arabic.replaceAll("\\s+", "");
        if (!text.equals(arabic)) {
            notes.add("spaces removed");
        }
        String upper = text.toUpperCase(Locale.ROOT);
        String code = aggregate(upper);
        if (code != null) {
            if (!upper.equals(text)) {
                notes.add("upper-cased");
            }
        } else {
            code = item(raw, trimmed, upper, contextTool, notes);
        }
        if (!code.equals(upper) && notes.stream().noneMatch(n -> n.contains("prefix"))) {
            notes.add(upper.endsWith(".") ? "trailing . dropped" : "leading zeros dropped");
        }
        boolean changed = !code.equals(raw);
        return new NormalisedCode(raw, code, changed, changed ? String.join("; ", notes) : "");
    }

    private static String aggregate(String upper) {
        if (TOOL_CODES.contains(upper)) {
            return upper;
        }
        Matcher m = INDICATOR.matcher(upper);
        if (m.matches()) {
            int indicator = Integer.parseInt(m.group(1));
            Tool.ofIndicator(indicator); // refuses indicators outside 1–10
            return "IND" + indicator;
        }
        m = SUB_INDICATOR.matcher(upper);
        if (m.matches()) {
            StringBuilder code = new StringBuilder("SUB");
            String[] parts = m.group(1).split("\\.");
            for (int i = 0; i < parts.length; i++) {
                code.append(i == 0 ? "" : ".").append(Integer.parseInt(parts[i]));
            }
            Tool.ofIndicator(Integer.parseInt(parts[0])); // refuses indicators outside 1–10
            return code.toString();
        }
        return null;
    }

    private static String item(String raw, String trimmed, String upper, Tool hint, List<String> notes) {
        Matcher m = ITEM.matcher(upper);
        if (m.matches()) {
            Tool tool = Tool.ofPrefix(m.group(1));
            if (hint != null && hint != tool) {
                throw new IllegalArgumentException("Item code \"" + raw + "\" is a " + tool + " code but was found under " + hint);
            }
            if (Character.isLowerCase(trimmed.charAt(0))) {
                notes.add("prefix " + trimmed.charAt(0) + " → " + tool.prefix());
            }
            return itemCode(raw, tool, m.group(2));
        }
        m = DIGITS.matcher(upper);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not an item code: \"" + raw + "\" (expected e.g. I1, E15, O43, IND9, SUB9.1)");
        }
        String first = m.group(1);
        String rest = m.group(2);
        if (first.equals("0") && (hint == null || hint == Tool.OIT)) {
            // OIT codes are printed with a Thai ๐, an ASCII 0 or a Latin O as the prefix.
            notes.add("OIT prefix " + trimmed.charAt(0) + " → O");
            return itemCode(raw, Tool.OIT, rest);
        }
        if (first.equals("1") && hint == Tool.IIT) {
            // OCR reads the IIT prefix "i" as "1": "11" is I1, "1๑๐" is I10.
            notes.add("OCR 1 → IIT prefix I");
            if (rest.startsWith("0")) {
                throw new IllegalArgumentException("Item code \"" + raw + "\" would read as I" + rest + ", which has a leading zero");
            }
            return itemCode(raw, Tool.IIT, rest);
        }
        if (first.equals("1") && hint == null) {
            throw new IllegalArgumentException("Item code \"" + raw + "\" is ambiguous: a leading 1 may be the IIT prefix i"
                    + " misread by OCR; give the tool to read it");
        }
        throw new IllegalArgumentException("Item code \"" + raw + "\" has no tool prefix"
                + (hint == null ? "" : " that fits " + hint));
    }

    private static String itemCode(String raw, Tool tool, String digits) {
        if (digits.isEmpty() || Long.parseLong(digits) == 0) {
            throw new IllegalArgumentException("Item code \"" + raw + "\" has no item number");
        }
        return tool.prefix() + Long.parseLong(digits);
    }

    private static String letters(String code) {
        int i = 0;
        while (i < code.length() && !Character.isDigit(code.charAt(i))) {
            i++;
        }
        return code.substring(0, i);
    }

    private static long number(String code) {
        String digits = code.substring(letters(code).length()).replaceAll("\\D.*", "");
        return digits.isEmpty() ? 0 : Long.parseLong(digits);
    }
}
