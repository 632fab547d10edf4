package org.itaboard.oit;

import java.util.List;
import org.itaboard.division.domain.Division;
import org.itaboard.division.domain.DivisionRepository;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.FiscalYearRepository;
import org.itaboard.fiscalyear.domain.Indicator;
import org.itaboard.fiscalyear.domain.IndicatorRepository;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.fiscalyear.domain.ItemRepository;
import org.itaboard.fiscalyear.domain.SubIndicator;
import org.itaboard.fiscalyear.domain.SubIndicatorRepository;
import org.itaboard.fiscalyear.domain.Tool;
import org.itaboard.offices.domain.Office;
import org.itaboard.offices.domain.OfficeRepository;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wang Thonglang years of the tests' own (from PostgresTest.FIRST_TEST_YEAR on, removed after each test) with an OIT
 * catalogue of the given items under 9.1 (codes up to O9) and 9.4 (the rest), plus one IIT item the checklist
 * leaves out.
 */
public final class OitFixtures {

    /** An OIT item of a test catalogue: its code and Thai topic. */
    public record Entry(String code, String topic) {
    }

    private final ApplicationContext context;

    public OitFixtures(ApplicationContext context) {
        this.context = context;
    }

    public FiscalYear year(int beYear, List<Entry> entries) {
        return new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).execute(tx -> {
            FiscalYear year = context.getBean(FiscalYearRepository.class).save(new FiscalYear(wangThonglang(), beYear));
            IndicatorRepository indicators = context.getBean(IndicatorRepository.class);
            SubIndicatorRepository subs = context.getBean(SubIndicatorRepository.class);
            ItemRepository items = context.getBean(ItemRepository.class);
            Indicator iit = indicators.save(new Indicator(year, Tool.IIT, 1, "การปฏิบัติหน้าที่", "Duty"));
            items.save(new Item(year, "I1", iit, null, "ข้อ I1", "Item I1", 0));
            Indicator oit = indicators.save(new Indicator(year, Tool.OIT, 9, "การเปิดเผยข้อมูล", "Open data"));
            SubIndicator basic = subs.save(new SubIndicator(oit, "9.1", "ข้อมูลพื้นฐาน", "Basic information"));
            SubIndicator hr = subs.save(new SubIndicator(oit, "9.4", "การบริหารและพัฒนาทรัพยากรบุคคล", "HR"));
            int order = 1;
            for (Entry e : entries) {
                int n = Integer.parseInt(e.code().substring(1));
                items.save(new Item(year, e.code(), oit, n <= 9 ? basic : hr, e.topic(), null, order++));
            }
            return year;
        });
    }

    public Item item(FiscalYear year, String code) {
        return context.getBean(ItemRepository.class).findByFiscalYearAndCode(year, code).orElseThrow();
    }

    public Division division(String code) {
        return context.getBean(DivisionRepository.class).findByOfficeAndCode(wangThonglang(), code).orElseThrow();
    }

    public Office wangThonglang() {
        return context.getBean(OfficeRepository.class).findByCode("wangthonglang").orElseThrow();
    }

    /** Signs in (security context only) as {@code username} with one role. */
    public static void signIn(String username, String role) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }
}
