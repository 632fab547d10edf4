package org.itaboard.hr.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the HR officer publishes for the OIT's personnel items (ITA-RULES.md, "Personnel criteria"): the District
 * Director's policy, the five criteria sets, each under a signed announcement, and the yearly HR report, which must
 * include the development results. The slug is the document's stable public URL; the yearly report adds its year.
 */
public enum DocumentKind {
    POLICY("hr-policy"),
    RECRUITMENT_SELECTION("recruitment-selection"),
    APPOINTMENT_TRANSFER("appointment-transfer"),
    STAFF_DEVELOPMENT("staff-development"),
    PERFORMANCE_APPRAISAL("performance-appraisal"),
    REWARD_PUNISHMENT_MORALE("reward-punishment-morale"),
    ANNUAL_REPORT("hr-report");

    private final String slugBase;

    DocumentKind(String slugBase) {
        this.slugBase = slugBase;
    }

    /** One document a year (the report) rather than one standing document until superseded. */
    public boolean isYearly() {
        return this == ANNUAL_REPORT;
    }

    /** The five criteria sets the announcement covers (O27 in 2565). */
    public boolean isCriteriaSet() {
        return this != POLICY && this != ANNUAL_REPORT;
    }

    /** The document's slug: the kind's, with the fiscal year for the yearly report ({@code hr-report-2570}). */
    public String slug(Integer beYear) {
        return isYearly() ? slugBase + "-" + beYear : slugBase;
    }

    /** The kind a slug names, for the standing documents and the yearly report alike. */
    public static Optional<DocumentKind> ofSlug(String slug) {
        return Arrays.stream(values())
                .filter(k -> k.isYearly() ? slug.matches(k.slugBase + "-\\d{4}") : k.slugBase.equals(slug))
                .findFirst();
    }

    /** The key of the kind's name in the translation bundle. */
    public String nameKey() {
        return "hr.kind." + name();
    }
}
