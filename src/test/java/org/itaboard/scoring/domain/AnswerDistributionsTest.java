package org.itaboard.scoring.domain;

import org.itaboard.fiscalyear.domain.ResponseType;
import org.itaboard.fiscalyear.domain.SubQuestionScores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.itaboard.base.domain.Csv;
import org.itaboard.base.domain.ThaiDigits;
import org.itaboard.fiscalyear.domain.AnswerDistribution;
import org.junit.jupiter.api.Test;

/**
 * The scoring of sub-questions against Wang Thonglang's ITA 2565 report: every printed sub-question score follows
 * from its shares, and every IIT/EIT item score is the mean of its sub-questions.
 */
class AnswerDistributionsTest {

    private static List<Map<String, String>> rows(String file) {
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(
                AnswerDistributionsTest.class.getResourceAsStream("/demo/" + file), file), StandardCharsets.UTF_8)) {
            return Csv.parseWithHeader(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map<String, String>> distributionRows() {
        return rows("wangthonglang-2565-answer-distributions.csv");
    }

    private static List<BigDecimal> shares(Map<String, String> row) {
        return Stream.of("p1", "p2", "p3", "p4").map(p -> ThaiDigits.parseNumber(row.get(p))).toList();
    }

    private static BigDecimal implied(Map<String, String> row) {
        return ResponseType.fromCsv(row.get("response_type")).impliedScore(shares(row));
    }

    private static List<BigDecimal> values(String... numbers) {
        return Arrays.stream(numbers).map(n -> n == null ? null : new BigDecimal(n)).toList();
    }

    @Test
    void everyPrintedSubQuestionScoreFollowsFromItsShares() {
        List<Map<String, String>> rows = distributionRows();
        assertThat(rows).hasSize(70);
        for (Map<String, String> row : rows) {
            BigDecimal printed = ThaiDigits.parseNumber(row.get("score"));
            assertThat(SubQuestionScores.agree(implied(row), printed))
                    .as("%s.%s implies %s, printed %s", row.get("code"), row.get("sub_no"), implied(row), printed)
                    .isTrue();
        }
    }

    /**
     * Both figures are kept: the report computed from unrounded shares, so nine EIT sub-questions are one hundredth
     * off the score their printed (rounded) shares give. E1's shares even add up to 100.02.
     */
    @Test
    void nineEitScoresAreOneHundredthOffTheirRoundedShares() {
        Map<String, String> differing = new LinkedHashMap<>();
        for (Map<String, String> row : distributionRows()) {
            BigDecimal printed = ThaiDigits.parseNumber(row.get("score"));
            if (implied(row).compareTo(printed) != 0) {
                differing.put(row.get("code") + "." + row.get("sub_no"), implied(row) + " / " + printed);
            }
        }
        String above = "99.52 / 99.51";
        String below = "99.42 / 99.43";
        assertThat(differing).containsExactlyInAnyOrderEntriesOf(Map.of("E1.1", above, "E1.2", above, "E2.1", above,
                "E11.1", above, "E6.2", below, "E7.1", below, "E9.1", below, "E12.1", below, "E15.1", below));
    }

    @Test
    void everyItemScoreIsTheMeanOfItsSubQuestions() {
        Map<String, List<BigDecimal>> byItem = new LinkedHashMap<>();
        for (Map<String, String> row : distributionRows()) {
            byItem.computeIfAbsent(row.get("code"), c -> new ArrayList<>()).add(ThaiDigits.parseNumber(row.get("score")));
        }
        Map<String, BigDecimal> printedItems = new LinkedHashMap<>();
        rows("wangthonglang-2565-items.csv").stream().filter(r -> r.get("fy_be").equals("2565"))
                .forEach(r -> printedItems.put(r.get("code"), ThaiDigits.parseNumber(r.get("score"))));
        assertThat(byItem).hasSize(45);
        assertThat(byItem.keySet()).containsExactlyInAnyOrderElementsOf(printedItems.keySet().stream()
                .filter(code -> !code.startsWith("O")).toList());
        byItem.forEach((code, subScores) -> assertThat(SubQuestionScores.itemScore(subScores))
                .as(code).isEqualByComparingTo(printedItems.get(code)));
    }

    @Test
    void theScaleIsWorthZeroToHundredAndTheReverseMirrorsIt() {
        assertThat(ResponseType.SCALE4.impliedScore(values("0.25", "0.25", "0.98", "98.53"))).isEqualByComparingTo("99.27");
        assertThat(ResponseType.SCALE4_REVERSE.impliedScore(values("99.72", "0", "0", "0.28"))).isEqualByComparingTo("99.72");
        assertThat(ResponseType.SCALE4.impliedScore(values("0", "100", "0", "0"))).isEqualByComparingTo("33.33");
        assertThat(ResponseType.SCALE4_REVERSE.impliedScore(values("0", "100", "0", "0"))).isEqualByComparingTo("66.67");
    }

    @Test
    void yesNoScoresTheShareOfTheGoodAnswer() {
        assertThat(ResponseType.YES_NO_YES_GOOD.impliedScore(values("99.75", "0.25", null, null))).isEqualByComparingTo("99.75");
        assertThat(ResponseType.YES_NO_NO_GOOD.impliedScore(values("12.50", "87.50", null, null))).isEqualByComparingTo("87.50");
        assertThat(ResponseType.YES_NO_NO_GOOD.answerCount()).isEqualTo(2);
    }

    @Test
    void itemScoreRoundsHalfUpAndNeedsEverySubQuestion() {
        assertThat(SubQuestionScores.itemScore(values("99.51", "99.43"))).isEqualByComparingTo("99.47");
        assertThat(SubQuestionScores.itemScore(values("0.01", "0.00"))).isEqualByComparingTo("0.01");
        assertThat(SubQuestionScores.itemScore(List.of())).isNull();
        assertThat(SubQuestionScores.itemScore(values("99.51", null))).isNull();
    }

    @Test
    void theReportsTypeNamesAreKnownAndOthersRefused() {
        assertThat(ResponseType.fromCsv("scale4_reverse")).isEqualTo(ResponseType.SCALE4_REVERSE);
        assertThatThrownBy(() -> ResponseType.fromCsv("oit_binary")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aYesNoDistributionHasNoThirdOrFourthShare() {
        AnswerDistribution yesNo = new AnswerDistribution(null, 1, "เงิน", "Money", ResponseType.YES_NO_NO_GOOD,
                values("0.00", "100.00", "5", "5"), new BigDecimal("100.00"));
        assertThat(yesNo.getShares()).hasSize(2);
        assertThat(yesNo.impliedScore()).isEqualByComparingTo("100");
        assertThat(yesNo.scoreAgreesWithShares()).isTrue();
    }
}
