package org.itaboard.scoring.domain;

import org.itaboard.fiscalyear.domain.Tool;

import java.math.BigDecimal;

/**
 * One assessment item's score as input to the engine.
 *
 * @param code         canonical item code (see {@link ItemCodes})
 * @param subIndicator OIT only, e.g. "9.1"; a third level ("9.1.3") is accepted and scored under "9.1"
 * @param score        null when the item was not scored, which is never the same as 0
 */
public record ScoredItem(String code, Tool tool, int indicator, String subIndicator, BigDecimal score) {

    public ScoredItem {
        if (code == null || code.isBlank() || tool == null) {
            throw new IllegalArgumentException("An item needs a code and a tool");
        }
        if (tool == Tool.OIT) {
            if (subIndicator == null || !subIndicator.startsWith(indicator + ".")) {
                throw new IllegalArgumentException("OIT item " + code + " needs a sub-indicator of indicator " + indicator
                        + ", not " + subIndicator);
            }
        } else if (subIndicator != null) {
            throw new IllegalArgumentException("Sub-indicators exist only in OIT, but " + tool + " item " + code
                    + " has " + subIndicator);
        }
    }

    public static ScoredItem of(String code, Tool tool, int indicator, String subIndicator, String score) {
        return new ScoredItem(code, tool, indicator, subIndicator, score == null ? null : new BigDecimal(score));
    }

    /**
     * The two-level sub-indicator that scoring groups by: "9.1.3" → "9.1". Reports print no score that
     * a mean over third-level groups would give (9.1 would be 83.33 instead of 88.89).
     */
    public String scoringSubIndicator() {
        if (subIndicator == null) {
            return null;
        }
        String[] parts = subIndicator.split("\\.");
        return parts[0] + "." + parts[1];
    }
}
