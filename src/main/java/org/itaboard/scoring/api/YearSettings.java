package org.itaboard.scoring.api;

import java.math.BigDecimal;
import java.util.Map;
import org.itaboard.fiscalyear.domain.GradeScheme;
import org.itaboard.fiscalyear.domain.ToolAggregation;

/**
 * The JSON of {@code PUT /api/v1/years/{be}} and its answer. On update, a field left out keeps its value; on
 * create, it takes the default (weights 30/30/40, mean of indicators, five levels, threshold 85, lowest 5).
 *
 * @param weights         tool → weight, keys IIT, EIT, OIT
 * @param nationalAverage the NACC's announced average ITA of all assessed agencies that year (0–100), the reference
 *                        line of the trend chart; {@code null} in an answer when not set
 */
public record YearSettings(Integer year, Map<String, BigDecimal> weights, ToolAggregation toolAggregation,
                           GradeScheme gradeScheme, BigDecimal weakThreshold, Integer lowestN, String sourceLabel,
                           BigDecimal nationalAverage) {
}
