package org.itaboard.fiscalyear.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** How results are graded; chosen per fiscal year. */
public enum GradeScheme {
    /** FY ≤ 2565: AA … F by score alone, for the ITA and for any tool, indicator or item. */
    SEVEN_GRADES,
    /** FY ≥ 2566: five levels for the ITA only, the top two also requiring every tool to reach the band. */
    FIVE_LEVELS;

    private static final BigDecimal EXCELLENT_MIN = new BigDecimal("95");
    private static final BigDecimal GOOD_MIN = new BigDecimal("85");
    private static final List<Grade> SEVEN = List.of(Grade.AA, Grade.A, Grade.B, Grade.C, Grade.D, Grade.E, Grade.F);

    /**
     * Grade of a single score: a letter in {@link #SEVEN_GRADES}; null in {@link #FIVE_LEVELS}, which grades
     * only the ITA, and for a null score.
     */
    public Grade gradeOf(BigDecimal score) {
        if (score == null || this == FIVE_LEVELS) {
            return null;
        }
        return SEVEN.stream().filter(g -> score.compareTo(g.minScore()) >= 0).findFirst().orElse(Grade.F);
    }

    /**
     * Grade of the ITA score. Five levels are checked top-down because the bands overlap: ITA 98.02 with
     * EIT 94.57 is GOOD, not EXCELLENT. A tool without a score cannot satisfy a tool condition.
     */
    public Grade gradeIta(BigDecimal ita, Map<Tool, BigDecimal> tools) {
        if (ita == null) {
            return null;
        }
        if (this == SEVEN_GRADES) {
            return gradeOf(ita);
        }
        if (ita.compareTo(EXCELLENT_MIN) >= 0 && allTools(tools, EXCELLENT_MIN)) {
            return Grade.EXCELLENT;
        }
        if (ita.compareTo(GOOD_MIN) >= 0) {
            return allTools(tools, GOOD_MIN) ? Grade.GOOD : Grade.PASS;
        }
        return ita.compareTo(Grade.NEEDS_IMPROVEMENT.minScore()) >= 0 ? Grade.NEEDS_IMPROVEMENT : Grade.URGENT;
    }

    private static boolean allTools(Map<Tool, BigDecimal> tools, BigDecimal min) {
        for (Tool tool : Tool.values()) {
            BigDecimal score = tools.get(tool);
            if (score == null || score.compareTo(min) < 0) {
                return false;
            }
        }
        return true;
    }
}
