package org.itaboard.reports.service;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The texts printed in the reports ({@code reports/labels.properties}): Thai, as the documents are. */
final class ReportLabels {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("reports/labels", Locale.ROOT);

    private ReportLabels() {
    }

    static String text(String key, Object... args) {
        String pattern = TEXTS.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
