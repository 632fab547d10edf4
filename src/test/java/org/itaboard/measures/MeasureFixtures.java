package org.itaboard.measures;

import org.itaboard.offices.domain.Office;
import org.itaboard.offices.domain.OfficeRepository;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.itaboard.division.domain.Division;
import org.itaboard.division.domain.DivisionRepository;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.FiscalYearRepository;
import org.itaboard.fiscalyear.domain.Indicator;
import org.itaboard.fiscalyear.domain.IndicatorRepository;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.fiscalyear.domain.ItemRepository;
import org.itaboard.measures.domain.MeasureField;
import org.itaboard.measures.domain.MeasureForm;
import org.itaboard.measures.domain.Measure;
import org.itaboard.measures.service.MeasureService;
import org.itaboard.fiscalyear.domain.Tool;
import org.itaboard.security.domain.AppUserRepository;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A fiscal year of its own for each test class (tests share the demo database), in the test-owned
 * range (2581–2584, see PostgresTest.FIRST_TEST_YEAR: removed after each test), with three items,
 * and helpers to sign in as a demo user and to create a measure as the coordinator.
 */
public final class MeasureFixtures {

    public record Year(FiscalYear year, Item weak, Item lowest, Item good) {
    }

    private final ApplicationContext context;

    public MeasureFixtures(ApplicationContext context) {
        this.context = context;
    }

    /** The year {@code beYear} with IIT items I1 (60), I2 (70), I3 (95); created once, reused after. */
    public Year year(int beYear) {
        return new TransactionTemplate(context.getBean(org.springframework.transaction.PlatformTransactionManager.class))
                .execute(tx -> {
                    FiscalYearRepository years = context.getBean(FiscalYearRepository.class);
                    ItemRepository items = context.getBean(ItemRepository.class);
                    FiscalYear year = years.findByOfficeAndBeYear(wangThonglang(), beYear).orElse(null);
                    if (year == null) {
                        year = years.save(new FiscalYear(wangThonglang(), beYear));
                        Indicator indicator = context.getBean(IndicatorRepository.class)
                                .save(new Indicator(year, Tool.IIT, 1, "การปฏิบัติหน้าที่", "Duty"));
                        int order = 0;
                        for (String code : List.of("I1", "I2", "I3")) {
                            Item item = new Item(year, code, indicator, null, "ข้อ " + code, "Item " + code, order++);
                            item.setScore(new BigDecimal(code.equals("I1") ? "60" : code.equals("I2") ? "70" : "95"));
                            items.save(item);
                        }
                    }
                    return new Year(year, items.findByFiscalYearAndCode(year, "I2").orElseThrow(),
                            items.findByFiscalYearAndCode(year, "I1").orElseThrow(),
                            items.findByFiscalYearAndCode(year, "I3").orElseThrow());
                });
    }

    /** A division of Wang Thonglang, where the demo users work. */
    public Division division(String code) {
        return context.getBean(DivisionRepository.class).findByOfficeAndCode(wangThonglang(), code).orElseThrow();
    }

    public Office wangThonglang() {
        return context.getBean(OfficeRepository.class).findByCode("wangthonglang").orElseThrow();
    }

    /** Signs in (security context only) as a demo user with the roles stored in the database. */
    public void signIn(String username) {
        var user = context.getBean(AppUserRepository.class).findByUsername(username).orElseThrow();
        var authorities = user.getRoles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, null, authorities));
    }

    /**
     * An active monthly measure of TODAY's fiscal year (the one the dashboard shows), started {@code startedDaysAgo}
     * days ago and never reported on, so it is late since a month after its start. That year is the demo's, not
     * the test's: remove the measure with {@link #delete(Measure)} after the test.
     */
    public Measure lateMeasureThisYear(String title, String lead, int startedDaysAgo) {
        java.time.LocalDate today = java.time.LocalDate.now(context.getBean(java.time.Clock.class));
        FiscalYear thisYear = context.getBean(FiscalYearRepository.class).findByOfficeAndBeYear(wangThonglang(),
                org.itaboard.base.domain.BuddhistDates.fiscalYearOf(today)).orElseThrow();
        signIn("coordinator");
        MeasureForm form = new MeasureForm();
        form.setFiscalYear(thisYear);
        form.set(MeasureField.TITLE, title);
        form.set(MeasureField.LEAD_DIVISION, division(lead));
        form.set(MeasureField.START_DATE, today.minusDays(startedDaysAgo));
        form.set(MeasureField.DUE_DATE, today.plusDays(60));
        MeasureService service = context.getBean(MeasureService.class);
        Measure m = service.activate(service.save(form).getId());
        SecurityContextHolder.clearContext();
        return m;
    }

    /** Removes a measure with its progress, evidence and audit history. */
    public void delete(Measure m) {
        var jdbc = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        jdbc.update("delete from measure where id = ?", m.getId());
        jdbc.update("delete from audit_entry where entity_type = ? and entity_id = ?", MeasureService.ENTITY, m.getId());
    }

    /** A measure created by the coordinator, led by {@code lead} and supported by {@code support}. */
    public Measure measure(Year year, String title, String lead, String... support) {
        signIn("coordinator");
        MeasureForm form = new MeasureForm();
        form.setFiscalYear(year.year());
        form.set(MeasureField.TITLE, title);
        form.set(MeasureField.ITEMS, Set.of(year.weak()));
        form.set(MeasureField.LEAD_DIVISION, division(lead));
        form.set(MeasureField.SUPPORTING_DIVISIONS,
                java.util.Arrays.stream(support).map(this::division).collect(java.util.stream.Collectors.toSet()));
        Measure m = context.getBean(MeasureService.class).save(form);
        SecurityContextHolder.clearContext();
        return m;
    }

    /**
     * An active monthly measure of {@code year} led by {@code lead}, made by whoever is signed in (a coordinator):
     * late from a month after {@code start} until someone reports on it.
     */
    public Measure activeMonthly(Year year, String title, String lead, java.time.LocalDate start,
            java.time.LocalDate due, Set<Item> items) {
        MeasureForm form = new MeasureForm();
        form.setFiscalYear(year.year());
        form.set(MeasureField.TITLE, title);
        form.set(MeasureField.ITEMS, items);
        form.set(MeasureField.LEAD_DIVISION, division(lead));
        form.set(MeasureField.FREQUENCY, org.itaboard.measures.domain.Frequency.MONTHLY);
        form.set(MeasureField.START_DATE, start);
        form.set(MeasureField.DUE_DATE, due);
        MeasureService service = context.getBean(MeasureService.class);
        return service.activate(service.save(form).getId());
    }
}
