package org.itaboard.scoring.domain;

import org.itaboard.fiscalyear.domain.Tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ItemCodesTest {

    @ParameterizedTest
    @CsvSource({"๐๑๓,O13", "0๒,O2", "O๘,O8", "o10,O10", "O08,O8", "i5,I5", "I5,I5", "E๑๕,E15", "e๑๐,E10",
            "' O๒๑ ',O21", "ita,ITA", "OIT,OIT", "IND9,IND9", "ind๑๐,IND10", "SUB9.1,SUB9.1", "SUB๑๐.๒,SUB10.2",
            "E๑๒.,E12"})
    void normalisesWithoutHint(String raw, String code) {
        assertThat(ItemCodes.normalise(raw).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({"11,IIT,I1", "1๑๐,IIT,I10", "125,IIT,I25", "i๗,IIT,I7", "๐๒๒,OIT,O22", "0๑๙,OIT,O19", "E1,EIT,E1"})
    void normalisesWithHint(String raw, Tool hint, String code) {
        assertThat(ItemCodes.normalise(raw, hint).code()).isEqualTo(code);
    }

    @Test
    void reportsWhatChanged() {
        assertThat(ItemCodes.normalise("0๒")).isEqualTo(
                new NormalisedCode("0๒", "O2", true, "Thai digits → Arabic; OIT prefix 0 → O"));
        assertThat(ItemCodes.normalise("1๑๐", Tool.IIT).note()).isEqualTo("Thai digits → Arabic; OCR 1 → IIT prefix I");
        assertThat(ItemCodes.normalise("i5").note()).isEqualTo("prefix i → I");
        assertThat(ItemCodes.normalise("O08").note()).isEqualTo("leading zeros dropped");
        assertThat(ItemCodes.normalise("ind9").note()).isEqualTo("upper-cased");
        assertThat(ItemCodes.normalise("O13")).isEqualTo(new NormalisedCode("O13", "O13", false, ""));
    }

    @Test
    void refusesABare11WithoutAHint() {
        assertThatThrownBy(() -> ItemCodes.normalise("11")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ambiguous");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "X5", "O", "O0", "I-5", "hello", "IND11", "IND0", "SUB", "5", "1", "101", "9.1"})
    void refusesJunk(String raw) {
        assertThatThrownBy(() -> ItemCodes.normalise(raw, raw.equals("101") || raw.equals("1") ? Tool.IIT : null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesCodesThatContradictTheHint() {
        assertThatThrownBy(() -> ItemCodes.normalise("E5", Tool.IIT)).hasMessageContaining("found under IIT");
        assertThatThrownBy(() -> ItemCodes.normalise("11", Tool.OIT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ItemCodes.normalise("02", Tool.IIT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void naturalOrder() {
        List<String> codes = new ArrayList<>(List.of("I10", "O2", "I2", "E15", "E3", "I1"));
        codes.sort(ItemCodes.NATURAL_ORDER);
        assertThat(codes).containsExactly("E3", "E15", "I1", "I2", "I10", "O2");
    }
}
