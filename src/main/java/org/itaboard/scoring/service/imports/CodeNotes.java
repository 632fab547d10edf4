package org.itaboard.scoring.service.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the English notes of {@link org.itaboard.scoring.domain.ItemCodes#normalise} ("Thai digits → Arabic;
 * OIT prefix ๐ → O") into translatable messages for the preview.
 */
final class CodeNotes {

    private static final Map<String, String> FIXED = Map.of(
            "trimmed", "import.note.trimmed",
            "Thai digits → Arabic", "import.note.thaiDigits",
            "spaces removed", "import.note.spaces",
            "upper-cased", "import.note.upperCased",
            "trailing . dropped", "import.note.trailingDot",
            "leading zeros dropped", "import.note.leadingZeros",
            "OCR 1 → IIT prefix I", "import.note.ocrOne");
    private static final Pattern OIT_PREFIX = Pattern.compile("OIT prefix (.) → O");
    private static final Pattern PREFIX = Pattern.compile("prefix (.) → (.)");

    private CodeNotes() {
    }

    static List<ImportMessage> translate(String note) {
        List<ImportMessage> messages = new ArrayList<>();
        if (note == null || note.isBlank()) {
            return messages;
        }
        for (String part : note.split("; ")) {
            Matcher oit = OIT_PREFIX.matcher(part);
            Matcher prefix = PREFIX.matcher(part);
            if (FIXED.containsKey(part)) {
                messages.add(ImportMessage.of(FIXED.get(part)));
            } else if (oit.matches()) {
                messages.add(ImportMessage.of("import.note.oitPrefix", oit.group(1)));
            } else if (prefix.matches()) {
                messages.add(ImportMessage.of("import.note.prefix", prefix.group(1), prefix.group(2)));
            } else {
                messages.add(ImportMessage.of("import.note.other", part));
            }
        }
        return messages;
    }
}
