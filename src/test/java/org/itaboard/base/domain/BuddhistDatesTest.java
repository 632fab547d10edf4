package org.itaboard.base.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BuddhistDatesTest {

    private static final LocalDate NEW_YEAR_2568 = LocalDate.of(2025, 1, 1);

    @ParameterizedTest
    @ValueSource(strings = {"1 ม.ค. 68", "1 ม.ค. ๖๘", "๑ มกราคม ๒๕๖๘", "1 มกราคม 2568", "01/01/2568", "1/1/68",
            "1-1-2568", "2568-01-01", "1 ม.ค. พ.ศ. 2568", "1 มกราคม พ.ศ.๒๕๖๘", "1 มค 68", "1 ม.ค 2568", "1ม.ค.68",
            " 1 ม.ค. 2568 ", "1/1/2025"})
    void parsesEveryFormatSeen(String text) {
        assertThat(BuddhistDates.parse(text)).isEqualTo(NEW_YEAR_2568);
    }

    @Test
    void parsesAllMonths() {
        String[] shortNames = {"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."};
        for (int m = 1; m <= 12; m++) {
            LocalDate d = LocalDate.of(2024, m, 9);
            assertThat(BuddhistDates.parse("9 " + shortNames[m - 1] + " 2567")).isEqualTo(d);
            assertThat(BuddhistDates.parse(BuddhistDates.formatLong(d))).isEqualTo(d);
            assertThat(BuddhistDates.parse(BuddhistDates.format(d))).isEqualTo(d);
        }
        assertThat(BuddhistDates.parse("9 มิ.ย. 2565")).isEqualTo(LocalDate.of(2022, 6, 9));
    }

    @Test
    void fourDigitYearsBelow2400AreCe() {
        assertThat(BuddhistDates.parse("2025-01-01")).isEqualTo(NEW_YEAR_2568);
        assertThat(BuddhistDates.parse("1 มกราคม 2025")).isEqualTo(NEW_YEAR_2568);
    }

    @ParameterizedTest
    @ValueSource(strings = {"31 ก.พ. 68", "30 ก.พ. 2567", "29 ก.พ. 2568", "32/1/2568", "1/13/2568"})
    void refusesDaysThatDoNotExist(String text) {
        assertThatThrownBy(() -> BuddhistDates.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ไม่มีอยู่จริง");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "เมื่อวาน", "1 ม.ก. 68", "2568", "1 ม.ค."})
    void refusesTextThatIsNotADate(String text) {
        assertThatThrownBy(() -> BuddhistDates.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void leapDayOfABeLeapYear() {
        assertThat(BuddhistDates.parse("29 ก.พ. 2567")).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void formats() {
        assertThat(BuddhistDates.format(NEW_YEAR_2568)).isEqualTo("1 ม.ค. 2568");
        assertThat(BuddhistDates.formatLong(LocalDate.of(2024, 10, 1))).isEqualTo("1 ตุลาคม 2567");
        assertThat(BuddhistDates.format(NEW_YEAR_2568, new Locale("th", "TH"))).isEqualTo("1 ม.ค. 2568");
        assertThat(BuddhistDates.format(NEW_YEAR_2568, Locale.ENGLISH)).isEqualTo("1 Jan 2568");
    }

    @Test
    void fiscalYears() {
        assertThat(BuddhistDates.fiscalYearOf(LocalDate.of(2024, 10, 1))).isEqualTo(2568);
        assertThat(BuddhistDates.fiscalYearOf(LocalDate.of(2024, 9, 30))).isEqualTo(2567);
        assertThat(BuddhistDates.fiscalYearOf(LocalDate.of(2025, 9, 30))).isEqualTo(2568);
        assertThat(BuddhistDates.fiscalYearStart(2568)).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(BuddhistDates.fiscalYearEnd(2568)).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(BuddhistDates.toBe(2025)).isEqualTo(2568);
        assertThat(BuddhistDates.toCe(2568)).isEqualTo(2025);
    }
}
