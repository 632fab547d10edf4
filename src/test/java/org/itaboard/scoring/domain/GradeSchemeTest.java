package org.itaboard.scoring.domain;

import org.itaboard.fiscalyear.domain.Grade;
import org.itaboard.fiscalyear.domain.GradeScheme;
import org.itaboard.fiscalyear.domain.Tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GradeSchemeTest {

    private static Map<Tool, BigDecimal> tools(String iit, String eit, String oit) {
        Map<Tool, BigDecimal> tools = new EnumMap<>(Tool.class);
        tools.put(Tool.IIT, new BigDecimal(iit));
        tools.put(Tool.EIT, new BigDecimal(eit));
        if (oit != null) {
            tools.put(Tool.OIT, new BigDecimal(oit));
        }
        return tools;
    }

    @ParameterizedTest
    @CsvSource({"100,AA", "95.00,AA", "94.99,A", "85.00,A", "84.99,B", "75.00,B", "74.99,C", "65.00,C", "64.99,D",
            "55.00,D", "54.99,E", "50.00,E", "49.99,F", "0,F"})
    void sevenGradeBoundaries(String score, Grade grade) {
        assertThat(GradeScheme.SEVEN_GRADES.gradeOf(new BigDecimal(score))).isEqualTo(grade);
        assertThat(GradeScheme.SEVEN_GRADES.gradeIta(new BigDecimal(score), Map.of())).isEqualTo(grade);
    }

    @ParameterizedTest
    @CsvSource({
            "95.00, 95, 95, 95, EXCELLENT",
            "98.02, 98.82, 94.57, 100, GOOD",     // Nong Chok 2567
            "95.00, 85, 85, 85, GOOD",
            "85.00, 85, 85, 85, GOOD",
            "90.00, 84.99, 99, 99, PASS",
            "85.00, 50, 50, 50, PASS",
            "84.99, 99, 99, 99, NEEDS_IMPROVEMENT",
            "70.00, 99, 99, 99, NEEDS_IMPROVEMENT",
            "69.99, 99, 99, 99, URGENT",
            "0, 0, 0, 0, URGENT"})
    void fiveLevelsAreCheckedTopDown(String ita, String iit, String eit, String oit, Grade grade) {
        assertThat(GradeScheme.FIVE_LEVELS.gradeIta(new BigDecimal(ita), tools(iit, eit, oit))).isEqualTo(grade);
    }

    @Test
    void aMissingToolCannotMeetATopLevelCondition() {
        assertThat(GradeScheme.FIVE_LEVELS.gradeIta(new BigDecimal("99"), tools("99", "99", null))).isEqualTo(Grade.PASS);
    }

    @Test
    void fiveLevelsGradeNothingButTheIta() {
        assertThat(GradeScheme.FIVE_LEVELS.gradeOf(new BigDecimal("99"))).isNull();
        assertThat(GradeScheme.SEVEN_GRADES.gradeOf(null)).isNull();
        assertThat(GradeScheme.FIVE_LEVELS.gradeIta(null, Map.of())).isNull();
    }

    @Test
    void labels() {
        assertThat(Grade.GOOD.labelTh()).isEqualTo("ผ่านดี");
        assertThat(Grade.URGENT.labelTh()).isEqualTo("ต้องปรับปรุงโดยด่วน");
        assertThat(Grade.AA.labelEn()).isEqualTo("Excellence");
        assertThat(Grade.AA.code()).isEqualTo("AA");
        assertThat(Grade.EXCELLENT.scheme()).isEqualTo(GradeScheme.FIVE_LEVELS);
    }
}
