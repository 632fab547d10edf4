package org.itaboard.fiscalyear.domain;

import java.math.BigDecimal;

/**
 * What scoring reads of an item, without the item: its year's id, code, tool, indicator number, sub-indicator code
 * (null outside OIT) and score (null when not scored). The offices overview scores one year of every office from
 * these rows.
 */
public record ItemScore(Long fiscalYearId, String code, Tool tool, int indicator, String subIndicator,
        BigDecimal score) {
}
