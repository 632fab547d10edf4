package org.itaboard.base.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ThaiDigitsTest {

    @Test
    void toArabicChangesOnlyThaiDigits() {
        assertThat(ThaiDigits.toArabic("ครั้งที่ ๑๒/๒๕๖๘ 1๑๐ ๐๙")).isEqualTo("ครั้งที่ 12/2568 110 09");
        assertThat(ThaiDigits.toArabic(null)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"98.02,98.02", "๙๘.๐๒,98.02", "' 85 ',85", "๓๑.๖๒ %,31.62", "100%,100", "'1,234.50',1234.50",
            "'๑,๒๓๔,๕๖๗',1234567", "-3.5,-3.5", "0,0", "9๘.0๒,98.02"})
    void parsesNumbers(String text, String expected) {
        assertThat(ThaiDigits.parseNumber(text)).isEqualByComparingTo(expected);
    }

    @Test
    void blankIsNull() {
        assertThat(ThaiDigits.parseNumber("   ")).isNull();
        assertThat(ThaiDigits.parseNumber(null)).isNull();
        assertThat(ThaiDigits.parseInteger("")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1,00", "12.", ".5", "1 2", "๙๘ คะแนน", "%", "1.2.3"})
    void refusesNonNumbers(String text) {
        assertThatThrownBy(() -> ThaiDigits.parseNumber(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Not a number");
    }

    @Test
    void integers() {
        assertThat(ThaiDigits.parseInteger("๖๒๔")).isEqualTo(624);
        assertThat(ThaiDigits.parseInteger("12.0")).isEqualTo(12);
        assertThatThrownBy(() -> ThaiDigits.parseInteger("12.5")).hasMessageContaining("whole number");
    }
}
