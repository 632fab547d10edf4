package org.itaboard.oit.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.fiscalyear.domain.ItemRepository;
import org.itaboard.hr.domain.DocumentKind;
import org.itaboard.hr.service.PublicCriteriaService;
import org.itaboard.oit.OitFixtures;
import org.itaboard.oit.OitFixtures.Entry;
import org.itaboard.test.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Use the page ITA Board publishes" on Wang Thonglang's demo data (policy, appointment and appraisal criteria and the
 * 2565 report published): personnel items are found by their catalogue topic, in 2565 (O25–O28 under 9.4) as in a
 * year where HR is one item (O16), and each gets the index plus the published documents its topic asks for.
 */
class PublicPagePickerTest extends PostgresTest {

    private static final String REQUEST = "http://localhost:8080/";
    private static final String INDEX = "http://localhost:8080/public/wangthonglang/hr";

    @Autowired
    private PublicPagePicker picker;
    @Autowired
    private PublicCriteriaService criteria;
    @Autowired
    private ChecklistAccess access;
    @Autowired
    private ItemRepository items;
    @Autowired
    private ApplicationContext context;

    private List<String> urls(Item item) {
        return picker.pagesFor(item, REQUEST).stream().map(PublicPagePicker.PublicPage::url).toList();
    }

    private Item item2565(String code) {
        return items.findByFiscalYearAndCode(year(2565), code).orElseThrow();
    }

    @Test
    void theItemsOf2565AreFoundByTopicAndGetThePagesTheirTopicAsksFor() {
        signInAs("COORDINATOR");
        assertThat(urls(item2565("O1"))).as("organisation structure is not about personnel").isEmpty();
        assertThat(urls(item2565("O25"))).containsExactly(INDEX, INDEX + "/hr-policy");
        assertThat(urls(item2565("O27"))).containsExactly(INDEX, INDEX + "/appointment-transfer", INDEX + "/performance-appraisal");
        assertThat(urls(item2565("O28"))).containsExactly(INDEX, INDEX + "/hr-report-2565");
        assertThat(picker.pagesFor(item2565("O27"), REQUEST).get(0).isIndex()).isTrue();
        assertThat(picker.pagesFor(item2565("O27"), REQUEST).get(1).kind()).isEqualTo(DocumentKind.APPOINTMENT_TRANSFER);
    }

    @Test
    void aYearWithOneHrItemGetsEveryStandingDocument() {
        FiscalYear year = new OitFixtures(context).year(2585, List.of(new Entry("O1", "โครงสร้าง"),
                new Entry("O16", "การบริหารและพัฒนาทรัพยากรบุคคล")));
        signInAs("COORDINATOR");
        Item o16 = items.findByFiscalYearAndCode(year, "O16").orElseThrow();
        assertThat(PublicPagePicker.aboutPersonnel(o16)).isTrue();
        long standing = criteria.index("wangthonglang").orElseThrow().entries().stream().filter(e -> !e.kind().isYearly()).count();
        assertThat(urls(o16)).hasSize(1 + (int) standing).first().isEqualTo(INDEX);
        assertThat(urls(o16)).contains(INDEX + "/hr-policy").doesNotContain(INDEX + "/hr-report-2565");
    }

    @Test
    void theConfiguredPublicBaseUrlWinsOverTheRequests() {
        signInAs("COORDINATOR");
        PublicPagePicker configured = new PublicPagePicker(criteria, access, "https://ita.wangthonglang.go.th/");
        // Built by hand, so without the bean's transaction: the test opens one.
        List<PublicPagePicker.PublicPage> pages = new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
                .execute(tx -> configured.pagesFor(item2565("O25"), REQUEST));
        assertThat(pages).extracting(PublicPagePicker.PublicPage::url)
                .containsExactly("https://ita.wangthonglang.go.th/public/wangthonglang/hr",
                        "https://ita.wangthonglang.go.th/public/wangthonglang/hr/hr-policy");
        assertThat(configured.base(null)).isEqualTo("https://ita.wangthonglang.go.th");
        assertThat(picker.base("https://board.example/ita/")).isEqualTo("https://board.example/ita");
    }
}
