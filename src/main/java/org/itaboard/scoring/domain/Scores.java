package org.itaboard.scoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;

/** Score arithmetic as the reports do it: BigDecimal, two decimals, half-up, at every level. */
public final class Scores {

    public static final int SCALE = 2;

    private Scores() {
    }

    /** 90.765 → 90.77. Values must come from decimal text, not doubles: the double nearest 1.005 is 1.00499…. */
    public static BigDecimal round(BigDecimal value) {
        return value == null ? null : value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** The rounded mean of the non-null values; null when there are none (a missing score is never 0). */
    public static BigDecimal mean(Collection<BigDecimal> values) {
        var scored = values.stream().filter(Objects::nonNull).toList();
        if (scored.isEmpty()) {
            return null;
        }
        BigDecimal sum = scored.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(scored.size()), SCALE, RoundingMode.HALF_UP);
    }
}
