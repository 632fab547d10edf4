package org.itaboard.dashboard.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * How one score (the ITA or a tool) spreads across the offices that have it: the lowest, the mean and the highest,
 * from {@code offices} offices. Offices without the score are left out, never counted as 0; with none, the three
 * figures are null.
 */
public record ScoreSpread(String code, int offices, BigDecimal lowest, BigDecimal mean, BigDecimal highest) {

    public static ScoreSpread of(String code, Collection<BigDecimal> scores) {
        List<BigDecimal> present = scores.stream().filter(Objects::nonNull).toList();
        if (present.isEmpty()) {
            return new ScoreSpread(code, 0, null, null, null);
        }
        BigDecimal sum = present.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ScoreSpread(code, present.size(), present.stream().min(BigDecimal::compareTo).orElseThrow(),
                sum.divide(BigDecimal.valueOf(present.size()), 2, RoundingMode.HALF_UP),
                present.stream().max(BigDecimal::compareTo).orElseThrow());
    }
}
