package org.itaboard.scoring.domain;

import java.math.BigDecimal;

/**
 * A tool's share of the ITA as the reports' table 1 prints it (Wang Thonglang 2565: OIT 90.77 × 40 % = 36.31).
 *
 * @param weight percentage weight of the tool in its year (30 for 30 %)
 * @param value  weight · tool score / 100, rounded half-up to two decimals; null when the tool is not scored
 */
public record WeightedScore(BigDecimal weight, BigDecimal value) {
}
