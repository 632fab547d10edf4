package org.itaboard.scoring.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.itaboard.fiscalyear.domain.ScoringRules;
import org.itaboard.fiscalyear.domain.Tool;

/**
 * "What if these items were fixed?": the year's sheet with some item scores replaced by the scores they are expected
 * to reach, computed by the same {@link ScoringEngine} under the same year's rules, so a projection can never follow
 * other rules than the real result (Wang Thonglang 2565 with O9, O27, O28 and O41 at 100: OIT 100, ITA 99.84).
 */
public final class ScoreProjection {

    private static final BigDecimal FULL_MARKS = new BigDecimal("100");

    private ScoreProjection() {
    }

    /**
     * The score an item is expected to reach when fixed unless someone says otherwise: OIT items are answered yes or
     * no, so 100; a survey item (IIT, EIT) is fixed once it is no longer weak, at the year's threshold.
     */
    public static BigDecimal defaultTarget(Tool tool, ScoringRules rules) {
        return tool == Tool.OIT ? FULL_MARKS : rules.weakThreshold();
    }

    /**
     * The engine's result for {@code sheet} with each item of {@code targets} (by code) at its target score; the
     * printed figures stay as they are (a level with scored items is computed, never printed).
     *
     * @throws IllegalArgumentException for a code that is not an item of the sheet
     */
    public static ScoreResult project(ScoreSheet sheet, Map<String, BigDecimal> targets, ScoringRules rules) {
        Set<String> codes = sheet.items().stream().map(ScoredItem::code).collect(Collectors.toSet());
        targets.keySet().stream().filter(code -> !codes.contains(code)).findFirst().ifPresent(code -> {
            throw new IllegalArgumentException("Item " + code + " is not in the sheet");
        });
        ScoreSheet projected = new ScoreSheet(sheet.items().stream()
                .map(i -> targets.containsKey(i.code())
                        ? new ScoredItem(i.code(), i.tool(), i.indicator(), i.subIndicator(), targets.get(i.code()))
                        : i)
                .toList(), sheet.published());
        return ScoringEngine.compute(projected, rules);
    }
}
