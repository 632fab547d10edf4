package org.itaboard.scoring.domain;

import org.itaboard.fiscalyear.domain.Grade;
import org.itaboard.fiscalyear.domain.GradeScheme;

import java.math.BigDecimal;

/**
 * The score of a tool, indicator, sub-indicator or the ITA, computed and as printed side by side: printed
 * figures sometimes disagree with their own items, and neither may overwrite the other.
 *
 * @param code aggregate code: ITA, IIT, EIT, OIT, IND1…IND10, SUB9.1…
 */
public record AggregateScore(String code, BigDecimal computed, BigDecimal published, Source source, Grade grade) {

    /** Printed figures carry two decimals, so anything within 0.01 is the same figure. */
    private static final BigDecimal TOLERANCE = new BigDecimal("0.01");

    /** Builds a score whose source follows from what is there: computed first, else published, else none. */
    public static AggregateScore of(String code, BigDecimal computed, BigDecimal published, GradeScheme scheme) {
        AggregateScore ungraded = ungraded(code, computed, published);
        return ungraded.withGrade(scheme.gradeOf(ungraded.value()));
    }

    static AggregateScore ungraded(String code, BigDecimal computed, BigDecimal published) {
        Source source = computed != null ? Source.COMPUTED : published != null ? Source.PUBLISHED : Source.NONE;
        return new AggregateScore(code, computed, published, source, null);
    }

    AggregateScore withGrade(Grade grade) {
        return new AggregateScore(code, computed, published, source, grade);
    }

    /** The value the next level is computed from; null when not scored. */
    public BigDecimal value() {
        return switch (source) {
            case COMPUTED -> computed;
            case PUBLISHED -> published;
            case NONE -> null;
        };
    }

    public boolean mismatch() {
        return computed != null && published != null && computed.subtract(published).abs().compareTo(TOLERANCE) > 0;
    }
}
