package org.itaboard.base.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvTest {

    private static List<List<String>> parse(String text) {
        return Csv.parse(new StringReader(text));
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() {
        assertThat(parse("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,x\n"))
                .containsExactly(List.of("a", "b, c", "say \"hi\""), List.of("two\nlines", "", "x"));
    }

    @Test
    void dropsTheBomAndAcceptsCrLfLfAndCr() {
        assertThat(parse("\uFEFFcode,score\r\nI1,99\rI2,98\nI3,97"))
                .containsExactly(List.of("code", "score"), List.of("I1", "99"), List.of("I2", "98"), List.of("I3", "97"));
    }

    @Test
    void emptyFieldsAndBlankLines() {
        assertThat(parse("a,,\n\n\"\"\n,\n")).containsExactly(List.of("a", "", ""), List.of(""), List.of("", ""));
        assertThat(parse("")).isEmpty();
    }

    @Test
    void refusesBrokenQuoting() {
        assertThatThrownBy(() -> parse("a,\"open\nnever closed")).hasMessageContaining("line 1");
        assertThatThrownBy(() -> parse("a,\"b\"c\n")).hasMessageContaining("after a closing quote");
    }

    @Test
    void headerRows() {
        List<Map<String, String>> rows = Csv.parseWithHeader(new StringReader("code,topic,score\nO1,\"ข้อมูล, พื้นฐาน\",100\nO2,x\n"));
        assertThat(rows).containsExactly(Map.of("code", "O1", "topic", "ข้อมูล, พื้นฐาน", "score", "100"),
                Map.of("code", "O2", "topic", "x", "score", ""));
        assertThatThrownBy(() -> Csv.parseWithHeader(new StringReader("a\n1,2\n"))).hasMessageContaining("record 2");
    }
}
