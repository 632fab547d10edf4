package org.itaboard.fiscalyear.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** "The same item" across years, without a database: code and topic, the crosswalk, and how far sameness carries. */
class SameItemsTest {

    private final AtomicLong ids = new AtomicLong();

    private Item item(int beYear, String code, String topic) {
        FiscalYear year = new FiscalYear(null, beYear);
        Item item = new Item(year, code, new Indicator(year, Tool.OIT, 9, "ตัวชี้วัด", "Indicator"), null, topic, null, 1);
        ReflectionTestUtils.setField(item, "id", ids.incrementAndGet());
        return item;
    }

    @Test
    void sameCodeAndTopicWhateverTheWhiteSpace() {
        Item hr2565 = item(2565, "O28", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปี");
        Predicate<Item> same = new SameItems(List.of()).as(hr2565, 2565);
        assertThat(same).accepts(item(2570, "O28", "  รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล\u00a0 \n ประจำปี "))
                .rejects(item(2570, "O28", "แผนปฏิบัติการต่อต้านการทุจริต"),
                        item(2570, "O16", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปี"));
        assertThat(SameItems.normalisedTopic(" a\t\n b\u200b c ")).isEqualTo("a b c");
    }

    @Test
    void theCrosswalkLinksAnotherCodeAndSamenessCarriesOn() {
        Item o28of2565 = item(2565, "O28", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี");
        Item o16of2567 = item(2567, "O16", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล");
        Item o16of2570 = item(2570, "O16", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล");
        Item o28of2570 = item(2570, "O28", "แผนปฏิบัติการต่อต้านการทุจริต");
        SameItems crosswalk = new SameItems(List.of(new ItemCrosswalk(o28of2565, o16of2567)));

        assertThat(crosswalk.as(o28of2565, 2565)).accepts(o16of2567, o16of2570).rejects(o28of2570);
        assertThat(new SameItems(List.of()).as(o28of2565, 2565)).rejects(o16of2567, o16of2570);
    }

    @Test
    void samenessCarriesOnlyThroughYearsFromTheWeakItemsOn() {
        // 2565's O9 was split into O5 and O6 in 2567: a weak O5 of 2567 is not addressed by a measure on O6.
        Item o9 = item(2565, "O9", "Social Network");
        Item o5 = item(2567, "O5", "ช่องทางการติดต่อสื่อสาร");
        Item o6 = item(2567, "O6", "เครือข่ายสังคมออนไลน์");
        SameItems split = new SameItems(List.of(new ItemCrosswalk(o9, o5), new ItemCrosswalk(o9, o6)));

        assertThat(split.as(o9, 2565)).accepts(o5, o6);
        assertThat(split.as(o5, 2567)).rejects(o6, item(2570, "O6", "เครือข่ายสังคมออนไลน์"));
    }
}
