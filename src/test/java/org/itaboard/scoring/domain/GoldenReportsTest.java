package org.itaboard.scoring.domain;

import org.itaboard.fiscalyear.domain.Grade;
import org.itaboard.fiscalyear.domain.GradeScheme;
import org.itaboard.fiscalyear.domain.ScoringRules;
import org.itaboard.fiscalyear.domain.Tool;
import org.itaboard.fiscalyear.domain.ToolAggregation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The engine reproduces what the offices' own reports print. */
class GoldenReportsTest {

    private static BigDecimal n(String s) {
        return new BigDecimal(s);
    }

    @Nested
    class WangThonglang2565 {
        private final ScoreResult result = ScoringEngine.compute(GoldenData.wangThonglang2565(), ScoringRules.defaults());

        @Test
        void readsAllItems() {
            assertThat(result.items()).hasSize(30 + 15 + 43);
        }

        @Test
        void oitIndicatorsAreMeansOfSubIndicators() {
            assertThat(result.aggregate("SUB9.1").orElseThrow().computed()).isEqualByComparingTo("88.89");
            assertThat(result.aggregate("IND9").orElseThrow().computed()).isEqualByComparingTo("87.78");
            assertThat(result.aggregate("IND10").orElseThrow().computed()).isEqualByComparingTo("93.75");
        }

        @Test
        void toolsAndIta() {
            assertThat(result.tools().get(Tool.IIT).computed()).isEqualByComparingTo("99.92");
            assertThat(result.tools().get(Tool.EIT).computed()).isEqualByComparingTo("99.54");
            assertThat(result.tools().get(Tool.OIT).computed()).isEqualByComparingTo("90.77");
            assertThat(result.ita().computed()).isEqualByComparingTo("96.15");
            assertThat(result.ita().source()).isEqualTo(Source.COMPUTED);
            assertThat(result.ita().grade()).isEqualTo(Grade.AA);
        }

        @Test
        void weightedScoresAsTableOnePrintsThem() {
            assertThat(result.weighted().get(Tool.IIT).value()).isEqualByComparingTo("29.98");
            assertThat(result.weighted().get(Tool.EIT).value()).isEqualByComparingTo("29.86");
            assertThat(result.weighted().get(Tool.OIT).value()).isEqualByComparingTo("36.31");
            assertThat(result.ita().computed()).isEqualByComparingTo("96.15");
        }

        @Test
        void everyPublishedAggregateMatches() {
            assertThat(result.mismatches()).isEmpty();
            assertThat(result.aggregates()).hasSize(1 + 3 + 10 + 7)
                    .allSatisfy(a -> assertThat(a.source()).isEqualTo(Source.COMPUTED))
                    .allSatisfy(a -> assertThat(a.published()).isNotNull());
        }

        @Test
        void everyPublishedGradeMatches() {
            Map<String, String> printed = GoldenData.wangThonglang2565Grades();
            assertThat(printed).hasSize(21);
            printed.forEach((code, grade) ->
                    assertThat(result.aggregate(code).orElseThrow().grade().code()).as(code).isEqualTo(grade));
        }

        @Test
        void itemGradesMatchTheReport() {
            Map<String, String> printed = new java.util.HashMap<>();
            GoldenData.rows("wangthonglang-2565-items.csv").stream().filter(r -> r.get("fy_be").equals("2565"))
                    .forEach(r -> printed.put(r.get("code"), r.get("grade")));
            assertThat(result.items()).allSatisfy(i -> assertThat(i.grade().code()).as(i.code()).isEqualTo(printed.get(i.code())));
        }

        @Test
        void exactlyTheFourZeroOitItemsAreWeak() {
            assertThat(result.weakItems()).extracting(WeakItem::code).containsExactly("O9", "O27", "O28", "O41");
            assertThat(result.weakItems()).allMatch(WeakItem::belowThreshold);
        }
    }

    @Nested
    class NongChok2567 {
        private final ScoringRules rules = ScoringRules.defaults()
                .withToolAggregation(ToolAggregation.MEAN_OF_ITEMS).withGradeScheme(GradeScheme.FIVE_LEVELS);
        private final ScoreResult result = ScoringEngine.compute(GoldenData.nongChok2567(), rules);

        @Test
        void toolsAreMeansOfItems() {
            assertThat(result.tools().get(Tool.IIT).computed()).isEqualByComparingTo("98.82");
            assertThat(result.tools().get(Tool.EIT).computed()).isEqualByComparingTo("94.57");
        }

        @Test
        void oitComesFromThePublishedScore() {
            AggregateScore oit = result.tools().get(Tool.OIT);
            assertThat(oit.computed()).isNull();
            assertThat(oit.source()).isEqualTo(Source.PUBLISHED);
            assertThat(oit.value()).isEqualByComparingTo("100");
            assertThat(result.aggregate("IND9").orElseThrow().source()).isEqualTo(Source.PUBLISHED);
            assertThat(result.subIndicators()).hasSize(7).allMatch(s -> s.source() == Source.NONE);
        }

        @Test
        void itaIsGoodNotExcellentBecauseEitIsBelow95() {
            assertThat(result.ita().computed()).isEqualByComparingTo("98.02");
            assertThat(result.ita().grade()).isEqualTo(Grade.GOOD);
            assertThat(result.tools().values()).allMatch(t -> t.grade() == null);
        }

        @Test
        void onlyIndicatorSixDisagreesWithItsItems() {
            assertThat(result.mismatches()).singleElement().satisfies(a -> {
                assertThat(a.code()).isEqualTo("IND6");
                assertThat(a.computed()).isEqualByComparingTo("96.40");
                assertThat(a.published()).isEqualByComparingTo("96.86");
            });
        }

        @Test
        void noWeakItemSoTheLowestFiveAreShown() {
            assertThat(result.weakItems()).extracting(WeakItem::code).containsExactly("E6", "E5", "E4", "E2", "E1");
            assertThat(result.weakItems()).noneMatch(WeakItem::belowThreshold);
        }

        @Test
        void unscoredOitItemsAreNotWeakNorGraded() {
            assertThat(result.items()).filteredOn(i -> i.tool() == Tool.OIT).hasSize(22)
                    .allMatch(i -> i.score() == null && i.grade() == null);
        }
    }

    @Nested
    class KhanNaYao2567 {
        private final ScoringRules rules = ScoringRules.defaults()
                .withToolAggregation(ToolAggregation.MEAN_OF_ITEMS).withGradeScheme(GradeScheme.FIVE_LEVELS);
        private final ScoreResult result = ScoringEngine.compute(GoldenData.khanNaYao2567(), rules);

        @Test
        void printedCodesReadAsTheNotesDo() {
            GoldenData.rows("khannayao-2567-and-agency004-items.csv").stream()
                    .filter(r -> r.get("office").contains("Khan Na Yao") && !r.get("tool").equals("OIT"))
                    .forEach(r -> assertThat(ItemCodes.normalise(r.get("code_as_printed"), Tool.valueOf(r.get("tool"))).code())
                            .as(r.get("code_as_printed")).isEqualTo(r.get("code").toUpperCase()));
            assertThat(result.items()).hasSize(25 + 15);
        }

        @Test
        void indicatorMeansMatchTheNotes() {
            List<String> expected = List.of("95.90", "90.29", "92.55", "93.99", "93.72", "95.86", "91.55", "91.47");
            for (int i = 1; i <= 8; i++) {
                assertThat(result.aggregate("IND" + i).orElseThrow().computed()).as("IND" + i)
                        .isEqualByComparingTo(expected.get(i - 1));
            }
            assertThat(result.tools().get(Tool.IIT).computed()).isEqualByComparingTo("93.53");
            assertThat(result.tools().get(Tool.EIT).computed()).isEqualByComparingTo("93.25");
        }

        @Test
        void oitRangesArePublishedIndicatorsButNoOitOrItaFigureIsPrinted() {
            assertThat(result.aggregate("IND9").orElseThrow().source()).isEqualTo(Source.PUBLISHED);
            assertThat(result.aggregate("IND10").orElseThrow().value()).isEqualByComparingTo("100");
            assertThat(result.tools().get(Tool.OIT).source()).isEqualTo(Source.NONE);
            assertThat(result.ita().source()).isEqualTo(Source.NONE);
            assertThat(result.ita().grade()).isNull();
        }

        @Test
        void nothingBelow85SoTheLowestAreShown() {
            assertThat(result.weakItems()).extracting(WeakItem::code).containsExactly("E12", "E14", "I10", "I8", "E10");
            assertThat(result.weakItems()).noneMatch(WeakItem::belowThreshold);
        }

        @Test
        void higherThresholdsFlagWhatTheNotesCount() {
            ScoreSheet sheet = GoldenData.khanNaYao2567();
            assertThat(ScoringEngine.compute(sheet, rules.withWeakThreshold(n("90"))).weakItems())
                    .extracting(WeakItem::code).containsExactly("E12", "E14", "I10");
            assertThat(ScoringEngine.compute(sheet, rules.withWeakThreshold(n("92"))).weakItems())
                    .hasSize(14).allMatch(WeakItem::belowThreshold);
        }
    }
}
