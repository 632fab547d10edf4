package org.itaboard.reports.domain;

import java.util.List;

/**
 * What a report lacks, told to the office before it downloads: a refusal (nothing to report) or a warning (the
 * report is produced, but incomplete).
 *
 * @param key  translation key of the message
 * @param args the message's arguments
 */
public record ReportMessage(String key, List<String> args) {

    public ReportMessage {
        args = List.copyOf(args);
    }

    public static ReportMessage of(String key, Object... args) {
        return new ReportMessage(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** A count and the first few titles ("3", "A, B, C …"), so a long list stays readable. */
    public static ReportMessage about(String key, List<String> titles) {
        String named = String.join(", ", titles.subList(0, Math.min(5, titles.size())))
                + (titles.size() > 5 ? " …" : "");
        return new ReportMessage(key, List.of(String.valueOf(titles.size()), named));
    }
}
