package org.itaboard.measures.domain;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itaboard.base.domain.ThaiDigits;

/**
 * The item codes a text names ("ข้อ E13 ยังต่ำ", "i๒", "O 27"): a weakness written about an item usually names its
 * code, and a measure that names an item without linking it is not counted as covering it.
 */
public final class MentionedItems {

    /**
     * I, E or O and one or two digits (no tool has 100 items), not inside a longer word or number: "EIT", "IO12"
     * and "E130" are not codes.
     */
    private static final Pattern CODE = Pattern.compile("(?<![A-Za-z0-9])([IEOieo])\\s?([0-9]{1,2})(?![0-9])");

    private MentionedItems() {
    }

    /** The codes named in {@code text}, upper case, in the order they first appear. */
    public static Set<String> in(String text) {
        Set<String> codes = new LinkedHashSet<>();
        if (text == null) {
            return codes;
        }
        Matcher m = CODE.matcher(ThaiDigits.toArabic(text));
        while (m.find()) {
            codes.add(m.group(1).toUpperCase(Locale.ROOT) + Integer.parseInt(m.group(2)));
        }
        return codes;
    }
}
