package org.itaboard.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.itaboard.fiscalyear.domain.Grade;
import org.itaboard.fiscalyear.domain.GradeScheme;
import org.itaboard.fiscalyear.domain.ScoringRules;
import org.itaboard.fiscalyear.domain.Tool;
import org.itaboard.fiscalyear.domain.ToolAggregation;
import org.junit.jupiter.api.Test;

/** Projections run through the engine on Wang Thonglang's real 2565 report. */
class ScoreProjectionTest {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private final ScoreSheet wangThonglang = GoldenData.wangThonglang2565();

    @Test
    void fixingTheFourWeakOitItemsOfWangThonglang2565GivesOit100AndIta9984() {
        ScoreResult projected = ScoreProjection.project(wangThonglang,
                Map.of("O9", HUNDRED, "O27", HUNDRED, "O28", HUNDRED, "O41", HUNDRED), ScoringRules.defaults());

        assertThat(projected.tools().get(Tool.OIT).value()).isEqualByComparingTo("100");
        assertThat(projected.weighted().get(Tool.OIT).value()).isEqualByComparingTo("40.00");
        assertThat(projected.tools().get(Tool.IIT).value()).isEqualByComparingTo("99.92");
        assertThat(projected.tools().get(Tool.EIT).value()).isEqualByComparingTo("99.54");
        assertThat(projected.ita().value()).isEqualByComparingTo("99.84");
        assertThat(projected.ita().grade()).isEqualTo(Grade.AA);
        assertThat(projected.weakItems()).noneMatch(WeakItem::belowThreshold);
    }

    @Test
    void fixingSomeItemsMovesOnlyTheirSubIndicatorsAndTheLevelsAbove() {
        ScoreResult before = ScoringEngine.compute(wangThonglang, ScoringRules.defaults());
        ScoreResult projected = ScoreProjection.project(wangThonglang, Map.of("O41", HUNDRED), ScoringRules.defaults());

        // O41 is the only item below 100 in indicator 10 (sub-indicator 10.2 was 87.50).
        assertThat(projected.aggregate("IND10").orElseThrow().value()).isEqualByComparingTo("100");
        assertThat(projected.aggregate("IND9").orElseThrow().value())
                .isEqualByComparingTo(before.aggregate("IND9").orElseThrow().value());
        assertThat(projected.ita().value()).isGreaterThan(before.ita().value());
    }

    @Test
    void theYearsOwnWeightsAndGradeSchemeDecide() {
        ScoringRules rules = new ScoringRules(Map.of(Tool.IIT, new BigDecimal("20"), Tool.EIT, new BigDecimal("20"),
                Tool.OIT, new BigDecimal("60")), ToolAggregation.MEAN_OF_INDICATORS, GradeScheme.FIVE_LEVELS,
                new BigDecimal("85"), 5);

        ScoreResult projected = ScoreProjection.project(wangThonglang,
                Map.of("O9", HUNDRED, "O27", HUNDRED, "O28", HUNDRED, "O41", HUNDRED), rules);

        // 19.98 + 19.91 + 60.00: each weighted score rounded, then added, as the reports do.
        assertThat(projected.ita().value()).isEqualByComparingTo("99.89");
        assertThat(projected.ita().grade()).isEqualTo(Grade.EXCELLENT);
    }

    @Test
    void anItemIsExpectedAt100InOitAndAtTheThresholdInTheSurveys() {
        ScoringRules rules = new ScoringRules(ScoringRules.defaults().weights(), ToolAggregation.MEAN_OF_INDICATORS,
                GradeScheme.SEVEN_GRADES, new BigDecimal("90"), 5);
        assertThat(ScoreProjection.defaultTarget(Tool.OIT, rules)).isEqualByComparingTo("100");
        assertThat(ScoreProjection.defaultTarget(Tool.IIT, rules)).isEqualByComparingTo("90");
        assertThat(ScoreProjection.defaultTarget(Tool.EIT, rules)).isEqualByComparingTo("90");
    }

    @Test
    void anUnknownItemIsRefused() {
        assertThatThrownBy(() -> ScoreProjection.project(wangThonglang, Map.of("O99", HUNDRED), ScoringRules.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("O99");
    }
}
