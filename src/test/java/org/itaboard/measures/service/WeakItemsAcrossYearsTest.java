package org.itaboard.measures.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.itaboard.base.domain.AuditEntry;
import org.itaboard.base.service.AuditService;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.dashboard.service.MeasureFigures;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.fiscalyear.domain.ItemCrosswalk;
import org.itaboard.fiscalyear.domain.ItemRepository;
import org.itaboard.fiscalyear.service.ItemCrosswalkService;
import org.itaboard.measures.MeasureFixtures;
import org.itaboard.measures.domain.Measure;
import org.itaboard.measures.domain.MeasureField;
import org.itaboard.measures.domain.MeasureForm;
import org.itaboard.test.PostgresTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 7: a weak item of one year is addressed by the measures of the plan years after it, which link items of
 * their own year's catalogue. The test years (2581–2583) each have I1 (60), I2 (70) and I3 (95), topics "ข้อ I1"…
 */
class WeakItemsAcrossYearsTest extends PostgresTest {

    @Autowired
    private ApplicationContext context;
    @Autowired
    private MeasureService service;
    @Autowired
    private ItemCrosswalkService crosswalk;
    @Autowired
    private MeasureFigures overviewFigures;
    @Autowired
    private ItemRepository items;
    @Autowired
    private AuditService audit;

    private MeasureFixtures fixtures;
    private MeasureFixtures.Year results;
    private MeasureFixtures.Year plan;

    @BeforeEach
    void setUp() {
        fixtures = new MeasureFixtures(context);
        results = fixtures.year(2581);
        plan = fixtures.year(2582);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aLaterYearsMeasureOnTheSameCodeAndTopicCoversTheWeakItem() {
        // The later catalogue was typed again: the same topic with other white space is still the same item.
        topic(plan.weak(), "  ข้อ \u00a0 I2 ");
        Measure later = measure(plan.year(), plan.weak(), "แก้ข้อ I2 ในปีถัดไป");

        fixtures.signIn("director");
        List<WeakItemMeasures> weak = service.weakItems(results.year());
        assertThat(weak).extracting(w -> w.weak().code()).containsExactly("I1", "I2");
        assertThat(weak.get(0).uncovered()).isTrue();
        assertThat(weak.get(1).uncovered()).isFalse();
        assertThat(weak.get(1).measures()).extracting(Measure::getId).containsExactly(later.getId());
        assertThat(weak.get(1).measures().get(0).getFiscalYear().getBeYear()).isEqualTo(2582);
        // A measure never addresses an earlier year's weak item: 2582's own I2 is covered, 2581's measures count not.
        assertThat(service.weakItems(plan.year())).filteredOn(w -> w.weak().code().equals("I2")).singleElement()
                .satisfies(w -> assertThat(w.measures()).extracting(Measure::getId).containsExactly(later.getId()));

        // The offices overview counts the same way: of I1 and I2 only I1 lacks a measure.
        fixtures.signIn("bma");
        assertThat(overviewFigures.of(Map.of(results.year(), List.of("I1", "I2"))).get(results.year().getId())
                .weakItemsWithoutMeasure()).isEqualTo(1);
    }

    @Test
    void theSameCodeWithAnotherTopicIsNotTheSameItem() {
        topic(plan.weak(), "ข้อ I2 ที่ถามเรื่องอื่นในปีนี้");
        measure(plan.year(), plan.weak(), "มาตรการของข้อ I2 ใหม่");

        fixtures.signIn("director");
        assertThat(service.weakItems(results.year())).filteredOn(w -> w.weak().code().equals("I2")).singleElement()
                .satisfies(w -> assertThat(w.uncovered()).isTrue());
        fixtures.signIn("bma");
        assertThat(overviewFigures.of(Map.of(results.year(), List.of("I1", "I2"))).get(results.year().getId())
                .weakItemsWithoutMeasure()).isEqualTo(2);
    }

    @Test
    void aCrosswalkEntryCoversTheWeakItemAndRemovingItUncoversIt() {
        // I2 of 2581 is asked as I3 from 2582 on; the measure is on 2583's I3, the same item as 2582's by code and topic.
        MeasureFixtures.Year after = fixtures.year(2583);
        Measure onI3 = measure(after.year(), after.good(), "มาตรการของข้อ I3 ปี 2583");
        fixtures.signIn("director");
        assertThat(weakI2().uncovered()).isTrue();

        fixtures.signIn("coordinator");
        ItemCrosswalk entry = crosswalk.link(results.weak(), plan.good());
        assertThat(entry.getTo().getCode()).isEqualTo("I3");

        fixtures.signIn("director");
        WeakItemMeasures i2 = weakI2();
        assertThat(i2.uncovered()).isFalse();
        assertThat(i2.measures()).extracting(Measure::getId).containsExactly(onI3.getId());
        assertThat(i2.links()).extracting(ItemCrosswalk::getId).containsExactly(entry.getId());
        assertThat(crosswalk.links(wangThonglang())).extracting(ItemCrosswalk::getId).contains(entry.getId());
        fixtures.signIn("bma");
        assertThat(overviewFigures.of(Map.of(results.year(), List.of("I1", "I2"))).get(results.year().getId())
                .weakItemsWithoutMeasure()).isEqualTo(1);

        fixtures.signIn("coordinator");
        crosswalk.unlink(entry.getId());
        fixtures.signIn("director");
        assertThat(weakI2().uncovered()).isTrue();
        assertThat(weakI2().links()).isEmpty();
        assertThat(audit.history(ItemCrosswalkService.ENTITY, entry.getId())).extracting(AuditEntry::getAction)
                .containsExactly("unlinked", "linked");
        assertThat(audit.history(ItemCrosswalkService.ENTITY, entry.getId()).get(1).getChanges())
                .anyMatch(c -> c.field().equals("from") && "2581 I2".equals(c.after()))
                .anyMatch(c -> c.field().equals("to") && "2582 I3".equals(c.after()));
    }

    @Test
    void aCrosswalkToAnotherOfficesItemOrByAnyoneButTheCoordinatorIsRefused() {
        FiscalYear nongChok = year(office("nongchok"), 2567);
        Item theirs = items.findByFiscalYearAndCode(nongChok, "E1").orElseThrow();

        fixtures.signIn("coordinator");
        assertThatThrownBy(() -> crosswalk.link(results.weak(), theirs)).isInstanceOf(AccessDeniedException.class);
        fixtures.signIn("coordinator.nongchok");
        assertThatThrownBy(() -> crosswalk.link(theirs, plan.good())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> crosswalk.links(wangThonglang())).isInstanceOf(AccessDeniedException.class);
        for (String user : List.of("director", "admin", "head.works", "hr", "bma")) {
            fixtures.signIn(user);
            assertThatThrownBy(() -> crosswalk.link(results.weak(), plan.good())).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
        fixtures.signIn("coordinator");
        assertThat(crosswalk.links(wangThonglang())).noneMatch(l -> l.getFrom().getId().equals(results.weak().getId()));

        // Nor is an entry that says nothing: to the same or an earlier year, or to the same code and topic.
        assertThatThrownBy(() -> crosswalk.link(plan.good(), results.weak())).isInstanceOf(BusinessRuleException.class)
                .hasMessage("crosswalk.error.notLater");
        assertThatThrownBy(() -> crosswalk.link(results.weak(), results.good())).isInstanceOf(BusinessRuleException.class)
                .hasMessage("crosswalk.error.notLater");
        assertThatThrownBy(() -> crosswalk.link(results.weak(), plan.weak())).isInstanceOf(BusinessRuleException.class)
                .hasMessage("crosswalk.error.alreadySame");
        ItemCrosswalk entry = crosswalk.link(results.weak(), plan.good());
        assertThatThrownBy(() -> crosswalk.link(results.weak(), plan.good())).isInstanceOf(BusinessRuleException.class)
                .hasMessage("crosswalk.error.exists");

        // Everyone of the office reads the entries; only the coordinator removes them.
        fixtures.signIn("head.works");
        assertThat(crosswalk.links(wangThonglang())).extracting(ItemCrosswalk::getId).contains(entry.getId());
        assertThatThrownBy(() -> crosswalk.unlink(entry.getId())).isInstanceOf(AccessDeniedException.class);
        fixtures.signIn("coordinator.nongchok");
        assertThatThrownBy(() -> crosswalk.unlink(entry.getId())).isInstanceOf(AccessDeniedException.class);
    }

    /**
     * The demo: Wang Thonglang's 2565 results and its 2570 plan (a copy of the 2565 catalogue, so codes and topics
     * match). The demo's 2570 measures link I1, I4, I10, I16, E1, E3, E5–E7, E13, O11, O12, O17–O19 and O22, none of
     * the weak O9, O27, O28, O41; a 2570 measure on O27 and O28 then covers those two.
     */
    @Test
    void wangThonglang2565WeakItemsAndThe2570Measures() {
        fixtures.signIn("coordinator");
        List<WeakItemMeasures> before = service.weakItems(year(2565));
        assertThat(before).extracting(w -> w.weak().code()).containsExactlyInAnyOrder("O9", "O27", "O28", "O41");
        assertThat(before).allMatch(WeakItemMeasures::uncovered);

        FiscalYear plan2570 = year(2570);
        Measure hr = hrMeasure(plan2570);
        try {
            fixtures.signIn("coordinator");
            List<WeakItemMeasures> after = service.weakItems(year(2565));
            assertThat(after).filteredOn(w -> Set.of("O27", "O28").contains(w.weak().code()))
                    .hasSize(2).allSatisfy(w -> {
                        assertThat(w.measures()).extracting(Measure::getId).containsExactly(hr.getId());
                        assertThat(w.measures().get(0).getFiscalYear().getBeYear()).isEqualTo(2570);
                    });
            assertThat(after).filteredOn(WeakItemMeasures::uncovered).extracting(w -> w.weak().code())
                    .containsExactlyInAnyOrder("O9", "O41");
            // Uncovered first, then by score.
            assertThat(after.subList(0, 2)).allMatch(WeakItemMeasures::uncovered);
        } finally {
            fixtures.delete(hr);
        }
    }

    private Measure hrMeasure(FiscalYear plan2570) {
        Item o27 = items.findByFiscalYearAndCode(plan2570, "O27").orElseThrow();
        Item o28 = items.findByFiscalYearAndCode(plan2570, "O28").orElseThrow();
        fixtures.signIn("coordinator");
        MeasureForm form = new MeasureForm();
        form.setFiscalYear(plan2570);
        form.set(MeasureField.TITLE, "ประกาศหลักเกณฑ์บริหารทรัพยากรบุคคลและรายงานผลการพัฒนาบุคลากรประจำปี");
        form.set(MeasureField.ITEMS, Set.of(o27, o28));
        form.set(MeasureField.LEAD_DIVISION, fixtures.division("ADMIN"));
        return service.save(form);
    }

    private WeakItemMeasures weakI2() {
        return service.weakItems(results.year()).stream().filter(w -> w.weak().code().equals("I2")).findFirst().orElseThrow();
    }

    /** A measure of {@code year} on {@code item}, created by the coordinator. */
    private Measure measure(FiscalYear year, Item item, String title) {
        fixtures.signIn("coordinator");
        MeasureForm form = new MeasureForm();
        form.setFiscalYear(year);
        form.set(MeasureField.TITLE, title);
        form.set(MeasureField.ITEMS, Set.of(item));
        form.set(MeasureField.LEAD_DIVISION, fixtures.division("PUBLIC_WORKS"));
        Measure m = service.save(form);
        SecurityContextHolder.clearContext();
        return m;
    }

    /** Changes an item's Thai topic (a test's arrangement, past the services). */
    private void topic(Item item, String topicTh) {
        Item stored = items.findById(item.getId()).orElseThrow();
        stored.setTopicTh(topicTh);
        items.saveAndFlush(stored);
    }
}
