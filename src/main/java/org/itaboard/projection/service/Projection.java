package org.itaboard.projection.service;

import java.math.BigDecimal;
import java.util.Map;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.scoring.domain.ScoreResult;
import org.itaboard.scoring.service.YearScores;

/**
 * What a year's result would be if the marked items reached their target scores, beside the result as it is.
 *
 * @param current   the year as scored now
 * @param targets   the expected score of each marked item, by item code
 * @param projected the engine's result with those items at their targets, under the year's own rules
 */
public record Projection(YearScores current, Map<String, BigDecimal> targets, ScoreResult projected) {

    public Projection {
        targets = Map.copyOf(targets);
    }

    public FiscalYear year() {
        return current.year();
    }
}
