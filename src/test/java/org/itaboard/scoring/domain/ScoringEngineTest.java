package org.itaboard.scoring.domain;

import org.itaboard.fiscalyear.domain.Grade;
import org.itaboard.fiscalyear.domain.GradeScheme;
import org.itaboard.fiscalyear.domain.ScoringRules;
import org.itaboard.fiscalyear.domain.Tool;
import org.itaboard.fiscalyear.domain.ToolAggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringEngineTest {

    private static BigDecimal n(String s) {
        return new BigDecimal(s);
    }

    private static ScoredItem iit(String code, int indicator, String score) {
        return ScoredItem.of(code, Tool.IIT, indicator, null, score);
    }

    private static ScoredItem eit(String code, int indicator, String score) {
        return ScoredItem.of(code, Tool.EIT, indicator, null, score);
    }

    private static ScoredItem oit(String code, String sub, String score) {
        return ScoredItem.of(code, Tool.OIT, Integer.parseInt(sub.split("\\.")[0]), sub, score);
    }

    /** One item per tool, all 100, plus the given items. */
    private static List<ScoredItem> baseline(ScoredItem... more) {
        List<ScoredItem> items = new ArrayList<>(List.of(iit("I1", 1, "100"), eit("E1", 6, "100"), oit("O1", "9.1", "100")));
        items.addAll(List.of(more));
        return items;
    }

    @Test
    void roundsHalfUpFromExactDecimals() {
        assertThat(Scores.round(n("90.765"))).isEqualByComparingTo("90.77");
        assertThat(Scores.mean(List.of(n("87.78"), n("93.75")))).isEqualByComparingTo("90.77");
        // Why scores are BigDecimals read from text: the double nearest 1.005 is 1.00499…, which rounds down.
        assertThat(new BigDecimal(1.005).setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("1.00");
        assertThat(Scores.round(n("1.005"))).isEqualByComparingTo("1.01");
    }

    @Test
    void itaNeedsRoundedToolsNotRawMeans() {
        // Wang Thonglang 2565: with the unrounded OIT 90.765 the ITA would be 96.144 → 96.14; the report prints 96.15.
        BigDecimal unrounded = n("0.30").multiply(n("99.92")).add(n("0.30").multiply(n("99.54")))
                .add(n("0.40").multiply(n("90.765")));
        assertThat(Scores.round(unrounded)).isEqualByComparingTo("96.14");
        Map<String, BigDecimal> published = Map.of("IND1", n("99.92"), "IND6", n("99.54"), "IND9", n("87.78"),
                "IND10", n("93.75"));
        assertThat(ScoringEngine.compute(new ScoreSheet(List.of(), published), ScoringRules.defaults()).ita().computed())
                .isEqualByComparingTo("96.15");
    }

    @Test
    void eachLevelIsRoundedBeforeTheNext() {
        // 9.1 = 8/9 = 88.888… → 88.89; indicator 9 = mean(88.89, 100, 100, 50, 100) = 87.778 → 87.78.
        List<ScoredItem> items = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            items.add(oit("O" + i, "9.1", i == 9 ? "0" : "100"));
        }
        items.add(oit("O10", "9.2", "100"));
        items.add(oit("O11", "9.3", "100"));
        items.add(oit("O12", "9.4", "100"));
        items.add(oit("O13", "9.4", "0"));
        items.add(oit("O14", "9.5", "100"));
        // 10.1 = 7/8 = 87.5; 10.2 = 100; indicator 10 = 93.75.
        for (int i = 15; i <= 22; i++) {
            items.add(oit("O" + i, "10.1", i == 22 ? "0" : "100"));
        }
        items.add(oit("O23", "10.2", "100"));
        ScoreResult result = ScoringEngine.compute(new ScoreSheet(items, Map.of()), ScoringRules.defaults());
        assertThat(result.aggregate("IND9").orElseThrow().computed()).isEqualByComparingTo("87.78");
        assertThat(result.tools().get(Tool.OIT).computed()).isEqualByComparingTo("90.77");
    }

    @Test
    void thirdLevelSubIndicatorsAreScoredUnderTheSecondLevel() {
        ScoreSheet sheet = new ScoreSheet(List.of(oit("O1", "9.1.1", "100"), oit("O2", "9.1.3", "100"),
                oit("O3", "9.1.3", "0")), Map.of());
        ScoreResult result = ScoringEngine.compute(sheet, ScoringRules.defaults());
        assertThat(result.subIndicators()).extracting(AggregateScore::code).containsExactly("SUB9.1");
        assertThat(result.subIndicators().get(0).computed()).isEqualByComparingTo("66.67");
    }

    @Test
    void missingScoresAreLeftOutNeverZeroNeverWeak() {
        ScoreSheet sheet = new ScoreSheet(baseline(iit("I2", 1, "90"), iit("I3", 1, null)), Map.of());
        ScoreResult result = ScoringEngine.compute(sheet, ScoringRules.defaults());
        assertThat(result.aggregate("IND1").orElseThrow().computed()).isEqualByComparingTo("95.00");
        assertThat(result.weakItems()).extracting(WeakItem::code).doesNotContain("I3");
        assertThat(result.items()).filteredOn(i -> i.code().equals("I3")).singleElement()
                .satisfies(i -> assertThat(i.grade()).isNull());
    }

    @Test
    void aLevelWithNothingScoredTakesThePublishedFigure() {
        ScoreSheet sheet = new ScoreSheet(baseline(iit("I2", 2, null)), Map.of("IND2", n("97.50")));
        ScoreResult result = ScoringEngine.compute(sheet, ScoringRules.defaults());
        AggregateScore ind2 = result.aggregate("IND2").orElseThrow();
        assertThat(ind2.source()).isEqualTo(Source.PUBLISHED);
        assertThat(ind2.value()).isEqualByComparingTo("97.50");
        assertThat(ind2.mismatch()).isFalse();
        assertThat(result.tools().get(Tool.IIT).computed()).isEqualByComparingTo("98.75");
    }

    @Test
    void publishedOnlyIndicatorsAndSubIndicatorsAreAccepted() {
        ScoreSheet sheet = new ScoreSheet(List.of(), Map.of("IND3", n("80"), "SUB10.1", n("50"), "SUB10.2", n("100")));
        ScoreResult result = ScoringEngine.compute(sheet, ScoringRules.defaults());
        assertThat(result.indicators()).extracting(AggregateScore::code).containsExactly("IND3", "IND10");
        assertThat(result.aggregate("IND10").orElseThrow().computed()).isEqualByComparingTo("75.00");
        assertThat(result.tools().get(Tool.IIT).value()).isEqualByComparingTo("80");
        assertThat(result.tools().get(Tool.EIT).source()).isEqualTo(Source.NONE);
        assertThat(result.ita().source()).isEqualTo(Source.NONE);
    }

    @Test
    void nothingScoredAndNothingPrintedIsNone() {
        ScoreResult result = ScoringEngine.compute(new ScoreSheet(List.of(iit("I1", 1, null)), Map.of()), ScoringRules.defaults());
        assertThat(result.aggregate("IND1").orElseThrow().source()).isEqualTo(Source.NONE);
        assertThat(result.aggregate("IND1").orElseThrow().value()).isNull();
        assertThat(result.weakItems()).isEmpty();
    }

    @Test
    void mismatchNeedsMoreThanOneHundredth() {
        assertThat(AggregateScore.of("IND1", n("96.40"), n("96.41"), GradeScheme.SEVEN_GRADES).mismatch()).isFalse();
        assertThat(AggregateScore.of("IND1", n("96.40"), n("96.42"), GradeScheme.SEVEN_GRADES).mismatch()).isTrue();
        assertThat(AggregateScore.of("IND1", null, n("96.42"), GradeScheme.SEVEN_GRADES).mismatch()).isFalse();
    }

    @Test
    void weakMeansStrictlyBelowTheThreshold() {
        ScoreSheet sheet = new ScoreSheet(baseline(iit("I11", 2, "85.21"), iit("I2", 1, "85.00"),
                iit("I10", 2, "84.99"), eit("E2", 6, "84.99"), eit("E3", 6, "40")), Map.of());
        ScoreResult result = ScoringEngine.compute(sheet, ScoringRules.defaults());
        assertThat(result.weakItems()).extracting(WeakItem::code).containsExactly("E3", "E2", "I10");
        assertThat(result.weakItems()).allMatch(WeakItem::belowThreshold);
    }

    @Test
    void tiesAreOrderedByNaturalCodeOrder() {
        ScoreSheet sheet = new ScoreSheet(baseline(iit("I10", 2, "50"), iit("I2", 1, "50")), Map.of());
        assertThat(ScoringEngine.compute(sheet, ScoringRules.defaults()).weakItems())
                .extracting(WeakItem::code).containsExactly("I2", "I10");
    }

    @Test
    void lowestNWhenNothingIsBelowTheThreshold() {
        ScoreSheet sheet = new ScoreSheet(baseline(iit("I2", 1, "90"), iit("I3", 1, "95"), eit("E2", 6, "91")), Map.of());
        ScoreResult result = ScoringEngine.compute(sheet, ScoringRules.defaults().withLowestN(2));
        assertThat(result.weakItems()).containsExactly(
                new WeakItem("I2", Tool.IIT, n("90"), false), new WeakItem("E2", Tool.EIT, n("91"), false));
    }

    @Test
    void meanOfItemsDiffersFromMeanOfIndicators() {
        ScoreSheet sheet = new ScoreSheet(baseline(iit("I2", 1, "90"), iit("I3", 2, "60")), Map.of());
        // indicators: 1 = mean(100, 90) = 95, 2 = 60 → IIT 77.50; items: mean(100, 90, 60) = 83.33
        assertThat(ScoringEngine.compute(sheet, ScoringRules.defaults()).tools().get(Tool.IIT).computed())
                .isEqualByComparingTo("77.50");
        assertThat(ScoringEngine.compute(sheet, ScoringRules.defaults().withToolAggregation(ToolAggregation.MEAN_OF_ITEMS))
                .tools().get(Tool.IIT).computed()).isEqualByComparingTo("83.33");
    }

    @Test
    void itaIsTheWeightedSumOfRoundedTools() {
        Map<String, BigDecimal> published = Map.of("IND1", n("99.92"), "IND6", n("99.54"), "IND9", n("90.77"));
        ScoreResult result = ScoringEngine.compute(new ScoreSheet(List.of(), published), ScoringRules.defaults());
        assertThat(result.ita().computed()).isEqualByComparingTo("96.15");
    }

    @Test
    void itaIsTheSumOfTheRoundedWeightedScores() {
        // 24.015 + 24.015 + 32.00 = 80.03 when only the sum is rounded; the reports add 24.02 + 24.02 + 32.00.
        Map<String, BigDecimal> published = Map.of("IIT", n("80.05"), "EIT", n("80.05"), "OIT", n("80.00"));
        ScoreResult result = ScoringEngine.compute(new ScoreSheet(List.of(), published), ScoringRules.defaults());
        assertThat(result.weighted().values()).extracting(WeightedScore::value).containsExactly(
                n("24.02"), n("24.02"), n("32.00"));
        assertThat(result.weighted().values()).extracting(WeightedScore::weight).containsExactly(n("30"), n("30"), n("40"));
        assertThat(result.ita().computed()).isEqualByComparingTo("80.04");
    }

    @Test
    void anUnscoredToolHasNoWeightedScoreAndTheItaNone() {
        ScoreSheet sheet = new ScoreSheet(List.of(iit("I1", 1, "90"), eit("E1", 6, "80")), Map.of());
        ScoreResult result = ScoringEngine.compute(sheet, ScoringRules.defaults());
        assertThat(result.weighted().get(Tool.IIT).value()).isEqualByComparingTo("27.00");
        assertThat(result.weighted().get(Tool.OIT).value()).isNull();
        assertThat(result.weighted().get(Tool.OIT).weight()).isEqualByComparingTo("40");
        assertThat(result.ita().computed()).isNull();
    }

    @Test
    void fiveLevelSchemeGradesOnlyTheIta() {
        ScoreResult result = ScoringEngine.compute(new ScoreSheet(baseline(), Map.of()),
                ScoringRules.defaults().withGradeScheme(GradeScheme.FIVE_LEVELS));
        assertThat(result.ita().grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(result.aggregates().subList(1, result.aggregates().size())).allMatch(a -> a.grade() == null);
        assertThat(result.items()).allMatch(i -> i.grade() == null);
    }

    @Test
    void refusesContradictorySheets() {
        assertThatThrownBy(() -> ScoringEngine.compute(new ScoreSheet(baseline(iit("I1", 1, "1")), Map.of()),
                ScoringRules.defaults())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> ScoringEngine.compute(new ScoreSheet(baseline(eit("E9", 1, "1")), Map.of()),
                ScoringRules.defaults())).hasMessageContaining("both IIT and EIT");
        assertThatThrownBy(() -> ScoringEngine.compute(new ScoreSheet(List.of(), Map.of("9.1", n("1"))),
                ScoringRules.defaults())).hasMessageContaining("not an aggregate code");
        assertThatThrownBy(() -> ScoredItem.of("O1", Tool.OIT, 9, null, "100")).hasMessageContaining("sub-indicator");
        assertThatThrownBy(() -> ScoredItem.of("O1", Tool.OIT, 9, "10.1", "100")).hasMessageContaining("sub-indicator");
        assertThatThrownBy(() -> ScoredItem.of("I1", Tool.IIT, 1, "1.1", "100")).hasMessageContaining("only in OIT");
    }

    @Test
    void rulesNeedWeightsForAllToolsSummingTo100() {
        Map<Tool, BigDecimal> weights = new EnumMap<>(ScoringRules.defaults().weights());
        weights.put(Tool.OIT, n("50"));
        assertThatThrownBy(() -> new ScoringRules(weights, ToolAggregation.MEAN_OF_ITEMS, GradeScheme.SEVEN_GRADES, n("85"), 5))
                .hasMessageContaining("sum to 100");
        weights.remove(Tool.OIT);
        assertThatThrownBy(() -> new ScoringRules(weights, ToolAggregation.MEAN_OF_ITEMS, GradeScheme.SEVEN_GRADES, n("85"), 5))
                .hasMessageContaining("each of IIT, EIT and OIT");
    }
}
