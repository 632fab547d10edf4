package org.itaboard.base.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A field whose value changed. Stored in {@link AuditEntry} as tab-separated lines, one per change,
 * with tabs and line breaks inside values escaped, so the history reads back exactly as written.
 */
public record FieldChange(String field, String before, String after) {

    public static FieldChange of(String field, Object before, Object after) {
        return new FieldChange(field, before == null ? null : before.toString(), after == null ? null : after.toString());
    }

    /** Adds a change to {@code changes} only when the value really differs. */
    public static void collect(List<FieldChange> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(of(field, before, after));
        }
    }

    static String format(List<FieldChange> changes) {
        if (changes == null || changes.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (FieldChange c : changes) {
            out.append(escape(c.field)).append('\t').append(escape(c.before)).append('\t').append(escape(c.after)).append('\n');
        }
        return out.toString();
    }

    static List<FieldChange> parse(String text) {
        List<FieldChange> result = new ArrayList<>();
        if (text == null) {
            return result;
        }
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                String[] parts = line.split("\t", -1);
                result.add(new FieldChange(unescape(parts[0]), unescape(parts[1]), unescape(parts[2])));
            }
        }
        return result;
    }

    private static String escape(String s) {
        return s == null ? "\\0" : s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static String unescape(String s) {
        if (s.equals("\\0")) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
