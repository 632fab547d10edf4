package org.itaboard.scoring.service;

import java.math.BigDecimal;
import java.util.List;

/**
 * What importing a scores file would do to a year that already has scores, before anything is saved: the scores
 * that change (old → new), the item scores that would disappear (scored now, not in the file) and the printed
 * totals (indicator, tool and ITA figures of the report) that would be dropped. Empty for a year without scores.
 */
public record ScoreReplacement(List<Change> changed, List<Change> disappearing, List<Change> totalsDropped) {

    /** One code's score before and after the import; {@code after} is null for one that disappears. */
    public record Change(String code, BigDecimal before, BigDecimal after) {
    }

    public static final ScoreReplacement NONE = new ScoreReplacement(List.of(), List.of(), List.of());

    public ScoreReplacement {
        changed = List.copyOf(changed);
        disappearing = List.copyOf(disappearing);
        totalsDropped = List.copyOf(totalsDropped);
    }

    /** Whether the import would change or remove anything stored: then the person must confirm it. */
    public boolean replacesScores() {
        return !changed.isEmpty() || !disappearing.isEmpty() || !totalsDropped.isEmpty();
    }
}
