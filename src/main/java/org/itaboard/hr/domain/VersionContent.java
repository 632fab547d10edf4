package org.itaboard.hr.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The editable fields of a version, in one place: the form binds to it, the service saves it, the history
 * compares it. {@code body} is the text as the HR officer typed it (paragraphs, "- " lists, or simple markup).
 */
public record VersionContent(String title, String announcementNumber, LocalDate announcementDate, String signer,
        LocalDate effectiveDate, String body, boolean developmentResults) {

    /** The keys of the fields a version must have before it goes to the executive, in the form's order. */
    public List<String> missingForSubmission() {
        List<String> missing = new ArrayList<>();
        if (isBlank(title)) {
            missing.add("hr.field.title");
        }
        if (isBlank(announcementNumber)) {
            missing.add("hr.field.announcementNumber");
        }
        if (announcementDate == null) {
            missing.add("hr.field.announcementDate");
        }
        if (isBlank(signer)) {
            missing.add("hr.field.signer");
        }
        if (effectiveDate == null) {
            missing.add("hr.field.effectiveDate");
        }
        if (isBlank(body)) {
            missing.add("hr.field.body");
        }
        return missing;
    }

    public VersionContent trimmed() {
        return new VersionContent(trim(title), trim(announcementNumber), announcementDate, trim(signer), effectiveDate,
                body == null ? "" : body.strip(), developmentResults);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }
}
