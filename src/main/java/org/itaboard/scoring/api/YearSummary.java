package org.itaboard.scoring.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The JSON of {@code GET /api/v1/years/{be}/summary}: computed values rounded to two decimals. */
public record YearSummary(int year, Score ita, Map<String, ToolScore> tools, List<IndicatorScore> indicators,
                          List<Weak> weakItems, List<Mismatch> mismatches) {

    /** @param grade grade code (AA…F, or EXCELLENT…URGENT in five-level years); null when not scored */
    public record Score(BigDecimal computed, BigDecimal published, String grade) {
    }

    /**
     * @param weighted the tool's share of the ITA as the reports print it (weight · score / 100, rounded); the ITA
     *                 is the sum of the three. Null when the tool is not scored
     */
    public record ToolScore(BigDecimal computed, BigDecimal published, String grade, BigDecimal weighted) {
    }

    public record IndicatorScore(int number, BigDecimal computed, BigDecimal published, String grade) {
    }

    /** @param belowThreshold false when the item is listed only as one of the lowest, none being below */
    public record Weak(String code, BigDecimal score, boolean belowThreshold) {
    }

    public record Mismatch(String code, BigDecimal computed, BigDecimal published) {
    }
}
