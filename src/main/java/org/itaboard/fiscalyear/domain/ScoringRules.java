package org.itaboard.fiscalyear.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The per-year settings of the scoring.
 *
 * @param weights        percentage weight of each tool; must cover all three and sum to 100
 * @param weakThreshold  an item strictly below this is a weakness (85.00 is not)
 * @param lowestN        how many lowest items to show when none is below the threshold
 */
public record ScoringRules(Map<Tool, BigDecimal> weights, ToolAggregation toolAggregation, GradeScheme gradeScheme,
                           BigDecimal weakThreshold, int lowestN) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public ScoringRules {
        if (weights == null || !weights.keySet().containsAll(List.of(Tool.values()))) {
            throw new IllegalArgumentException("A weight is needed for each of IIT, EIT and OIT");
        }
        if (weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(HUNDRED) != 0) {
            throw new IllegalArgumentException("Tool weights must sum to 100: " + weights);
        }
        if (toolAggregation == null || gradeScheme == null || weakThreshold == null) {
            throw new IllegalArgumentException("Aggregation, grade scheme and weak threshold are required");
        }
        if (lowestN < 0) {
            throw new IllegalArgumentException("lowestN must not be negative: " + lowestN);
        }
        weights = Collections.unmodifiableMap(new EnumMap<>(weights));
    }

    /** 30/30/40, mean of indicators, seven grades, weak below 85, lowest 5. */
    public static ScoringRules defaults() {
        Map<Tool, BigDecimal> weights = new EnumMap<>(Tool.class);
        weights.put(Tool.IIT, new BigDecimal("30"));
        weights.put(Tool.EIT, new BigDecimal("30"));
        weights.put(Tool.OIT, new BigDecimal("40"));
        return new ScoringRules(weights, ToolAggregation.MEAN_OF_INDICATORS, GradeScheme.SEVEN_GRADES,
                new BigDecimal("85"), 5);
    }

    public ScoringRules withToolAggregation(ToolAggregation aggregation) {
        return new ScoringRules(weights, aggregation, gradeScheme, weakThreshold, lowestN);
    }

    public ScoringRules withGradeScheme(GradeScheme scheme) {
        return new ScoringRules(weights, toolAggregation, scheme, weakThreshold, lowestN);
    }

    public ScoringRules withWeakThreshold(BigDecimal threshold) {
        return new ScoringRules(weights, toolAggregation, gradeScheme, threshold, lowestN);
    }

    public ScoringRules withLowestN(int n) {
        return new ScoringRules(weights, toolAggregation, gradeScheme, weakThreshold, n);
    }
}
