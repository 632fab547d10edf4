package org.itaboard.fiscalyear.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * An IIT/EIT item's score from its sub-questions, and how far a printed sub-question score may be from the one
 * its shares imply. The printed shares are themselves rounded (Wang Thonglang 2565 E1 adds up to 100.02), so a
 * difference of one hundredth is rounding, not a mistake.
 */
public final class SubQuestionScores {

    /** Largest difference between implied and printed scores that is still rounding. */
    public static final BigDecimal TOLERANCE = new BigDecimal("0.01");

    private SubQuestionScores() {
    }

    /** The item score: the mean of its sub-question scores, rounded half-up to two decimals; null for none. */
    public static BigDecimal itemScore(List<BigDecimal> subQuestionScores) {
        if (subQuestionScores.isEmpty() || subQuestionScores.contains(null)) {
            return null;
        }
        BigDecimal sum = subQuestionScores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(subQuestionScores.size()), 2, RoundingMode.HALF_UP);
    }

    /** True when the printed score is the implied one up to {@link #TOLERANCE}. */
    public static boolean agree(BigDecimal implied, BigDecimal printed) {
        return implied != null && printed != null && implied.subtract(printed).abs().compareTo(TOLERANCE) <= 0;
    }
}
