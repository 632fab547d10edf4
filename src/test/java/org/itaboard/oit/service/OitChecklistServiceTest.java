package org.itaboard.oit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.util.List;
import org.itaboard.base.service.AuditService;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.fiscalyear.service.ItemCrosswalkService;
import org.itaboard.oit.OitFixtures;
import org.itaboard.oit.OitFixtures.Entry;
import org.itaboard.oit.domain.ChecklistItem;
import org.itaboard.oit.domain.DisclosureStatus;
import org.itaboard.oit.domain.EvidenceUrl;
import org.itaboard.oit.domain.Missing;
import org.itaboard.oit.domain.RequiredPart;
import org.itaboard.oit.domain.UrlOutcome;
import org.itaboard.test.PostgresTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * The checklist of a test year per role and office: the coordinator edits everything, a division head fills only the
 * items of their division (and never verifies), the executive and the BMA's analyst read, another office is refused.
 */
class OitChecklistServiceTest extends PostgresTest {

    private static final List<Entry> CATALOGUE = List.of(new Entry("O1", "โครงสร้าง"), new Entry("O2", "ข้อมูลผู้บริหาร"),
            new Entry("O28", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี"));

    @Autowired
    private ApplicationContext context;
    @Autowired
    private OitChecklistService service;
    @Autowired
    private ItemCrosswalkService crosswalk;
    @Autowired
    private AuditService audit;

    private OitFixtures fixtures;
    private FiscalYear year;

    @BeforeEach
    void testYear() {
        fixtures = new OitFixtures(context);
        year = fixtures.year(2585, CATALOGUE);
    }

    private ChecklistItem assign(String code, String division) {
        signInAs("COORDINATOR");
        return service.save(fixtures.item(year, code), new ChecklistEdit(fixtures.division(division), DisclosureStatus.IN_PROGRESS,
                null, List.of(new RequiredPart("ผลการดำเนินงาน", false), new RequiredPart("ข้อเสนอแนะ", false)), List.of(), 0));
    }

    private ChecklistRow row(String code) {
        return service.checklist(year).rows().stream().filter(r -> r.item().getCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theChecklistListsEveryOitItemNotStartedUntilSomethingIsSaved() {
        signInAs("EXECUTIVE");
        OitChecklist checklist = service.checklist(year);
        assertThat(checklist.rows()).extracting(r -> r.item().getCode()).containsExactly("O1", "O2", "O28");
        assertThat(checklist.rows()).allSatisfy(r -> {
            assertThat(r.entry().getStatus()).isEqualTo(DisclosureStatus.NOT_STARTED);
            assertThat(r.entry().missing()).containsExactly(Missing.NO_DIVISION, Missing.NO_URL);
            assertThat(r.actions()).isEqualTo(ChecklistActions.READ_ONLY);
        });
        assertThat(checklist.bySubIndicator()).containsOnlyKeys("9.1", "9.4");
        assertThat(checklist.progress().count(DisclosureStatus.NOT_STARTED)).isEqualTo(3);
        assertThat(checklist.progress().percentPublished()).isZero();
    }

    @Test
    void theCoordinatorEditsEverythingAndItIsAudited() {
        signInAs("COORDINATOR");
        ChecklistItem saved = service.save(fixtures.item(year, "O28"), new ChecklistEdit(fixtures.division("ADMIN"),
                DisclosureStatus.VERIFIED, "ไม่มีผลการพัฒนาบุคลากร", List.of(new RequiredPart(" ผลการดำเนินงาน ", true),
                        new RequiredPart("", false), new RequiredPart("ผลการพัฒนาบุคลากร", false)),
                List.of(" https://webportal.bangkok.go.th/wangthonglang/page/sub/18014 ", "", "https://example.org/๑๗"), 0));
        assertThat(saved.getParts()).extracting(RequiredPart::getName).containsExactly("ผลการดำเนินงาน", "ผลการพัฒนาบุคลากร");
        assertThat(saved.addresses()).containsExactly("https://webportal.bangkok.go.th/wangthonglang/page/sub/18014",
                "https://example.org/๑๗");
        ChecklistRow row = row("O28");
        assertThat(row.entry().getStatus()).isEqualTo(DisclosureStatus.VERIFIED);
        assertThat(row.entry().missing()).containsExactly(Missing.PARTS_NOT_DONE);
        assertThat(row.entry().partsNotDone()).containsExactly("ผลการพัฒนาบุคลากร");
        assertThat(row.actions()).isEqualTo(new ChecklistActions(true, true));
        assertThat(service.checklist(year).progress().percentPublished()).isEqualTo(33);
        assertThat(audit.history(OitChecklistService.ENTITY, saved.getId())).isNotEmpty();
    }

    @Test
    void aDivisionHeadFillsOnlyTheItemsOfTheirDivisionAndNeverVerifies() {
        ChecklistItem works = assign("O1", "PUBLIC_WORKS");
        assign("O2", "FINANCE");
        signInAs("DIVISION_HEAD");
        assertThat(row("O1").actions()).isEqualTo(new ChecklistActions(false, true));
        assertThat(row("O2").actions()).isEqualTo(ChecklistActions.READ_ONLY);
        assertThat(row("O28").actions()).isEqualTo(ChecklistActions.READ_ONLY);

        ChecklistItem filled = service.save(works.getItem(), new ChecklistEdit(works.getDivision(), DisclosureStatus.PUBLISHED, null,
                List.of(new RequiredPart("ผลการดำเนินงาน", true), new RequiredPart("ข้อเสนอแนะ", false)),
                List.of("https://webportal.bangkok.go.th/wangthonglang/page/sub/17991"), works.getVersion()));
        assertThat(filled.getStatus()).isEqualTo(DisclosureStatus.PUBLISHED);
        assertThat(filled.getParts().get(0).isDone()).isTrue();

        ChecklistEdit own = ChecklistEdit.of(filled);
        assertThatThrownBy(() -> service.save(fixtures.item(year, "O2"), ChecklistEdit.of(row("O2").entry())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.save(fixtures.item(year, "O28"), ChecklistEdit.of(row("O28").entry())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.save(filled.getItem(), new ChecklistEdit(own.division(), DisclosureStatus.VERIFIED,
                null, own.parts(), own.urls(), own.version()))).isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "oit.error.verifyIsCoordinators");
        assertThatThrownBy(() -> service.save(filled.getItem(), new ChecklistEdit(fixtures.division("FINANCE"), own.status(),
                null, own.parts(), own.urls(), own.version()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.save(filled.getItem(), new ChecklistEdit(own.division(), own.status(), "ผ่าน",
                own.parts(), own.urls(), own.version()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.save(filled.getItem(), new ChecklistEdit(own.division(), own.status(), null,
                List.of(new RequiredPart("ผลการดำเนินงาน", true)), own.urls(), own.version()))).isInstanceOf(AccessDeniedException.class);
        assertThat(row("O1").entry().getStatus()).isEqualTo(DisclosureStatus.PUBLISHED);
    }

    @Test
    void theExecutiveAndTheAnalystReadButChangeNothing() {
        ChecklistItem admin = assign("O1", "ADMIN");
        for (String role : List.of("EXECUTIVE", "BMA_ANALYST", "HR_OFFICER")) {
            signInAs(role);
            assertThat(service.checklist(year).rows()).hasSize(3);
            assertThat(row("O1").actions()).isEqualTo(ChecklistActions.READ_ONLY);
            assertThatThrownBy(() -> service.save(admin.getItem(), ChecklistEdit.of(admin))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.checkUrls(year)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void anotherOfficesCoordinatorIsRefusedEverything() {
        ChecklistItem admin = assign("O1", "ADMIN");
        FiscalYear next = fixtures.year(2586, CATALOGUE);
        OitFixtures.signIn("coordinator.nongchok", "COORDINATOR");
        assertThatThrownBy(() -> service.checklist(year)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.notYetPublished(year)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.save(admin.getItem(), ChecklistEdit.of(admin))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.checkUrls(year)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.copyToYear(year, next)).isInstanceOf(AccessDeniedException.class);
        assertThat(service.mayCoordinate(year.getOffice())).isFalse();
    }

    @Test
    void aUrlThatIsNotAWebAddressIsRefusedAndNothingIsSaved() {
        signInAs("COORDINATOR");
        Item o1 = fixtures.item(year, "O1");
        assertThatThrownBy(() -> service.save(o1, new ChecklistEdit(null, DisclosureStatus.PUBLISHED, null, List.of(),
                List.of("https://ok.example/a", "javascript:alert(1)"), 0))).isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "oit.error.url");
        assertThat(row("O1").entry().isNew()).isTrue();
    }

    @Test
    void theItemsNotYetPublishedAreTheAgendasList() {
        assign("O1", "ADMIN");
        signInAs("COORDINATOR");
        service.save(fixtures.item(year, "O2"), new ChecklistEdit(fixtures.division("ADMIN"), DisclosureStatus.PUBLISHED, null,
                List.of(), List.of("https://example.org/o2"), 0));
        signInAs("EXECUTIVE");
        assertThat(service.notYetPublished(year)).extracting(r -> r.item().getCode()).containsExactly("O1", "O28");
    }

    @Test
    void copyingToANewYearMapsByCodeByCrosswalkAndByTopicAndListsTheRest() {
        signInAs("COORDINATOR");
        FiscalYear old = fixtures.year(2586, List.of(new Entry("O1", "โครงสร้าง"), new Entry("O5", "ช่องทางติดต่อ"),
                new Entry("O27", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล"),
                new Entry("O28", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี")));
        FiscalYear next = fixtures.year(2587, List.of(new Entry("O1", "โครงสร้าง"), new Entry("O5", "การเปิดโอกาสให้มีส่วนร่วม"),
                new Entry("O15", "การบริหารและพัฒนาทรัพยากรบุคคล"),
                new Entry("O16", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี")));
        for (String code : List.of("O1", "O5", "O27", "O28")) {
            service.save(fixtures.item(old, code), new ChecklistEdit(fixtures.division("ADMIN"), DisclosureStatus.VERIFIED, "ครบ",
                    List.of(new RequiredPart("ผลการดำเนินงาน", true)), List.of("https://example.org/" + code), 0));
        }
        crosswalk.link(fixtures.item(old, "O27"), fixtures.item(next, "O15"));

        CopyResult result = service.copyToYear(old, next);

        assertThat(result.mapped()).extracting(m -> m.from().getCode() + ">" + m.to().getCode() + ":" + m.by())
                .containsExactly("O1>O1:CODE", "O27>O15:CROSSWALK", "O28>O16:TOPIC");
        assertThat(result.unmapped()).extracting(Item::getCode).containsExactly("O5");
        ChecklistItem o16 = service.checklist(next).rows().stream().filter(r -> r.item().getCode().equals("O16"))
                .findFirst().orElseThrow().entry();
        assertThat(o16.getDivision().getCode()).isEqualTo("ADMIN");
        assertThat(o16.getParts()).containsExactly(new RequiredPart("ผลการดำเนินงาน", false));
        assertThat(o16.getStatus()).isEqualTo(DisclosureStatus.NOT_STARTED);
        assertThat(o16.addresses()).isEmpty();
        assertThat(o16.getAssessorFeedback()).isNull();
        assertThatThrownBy(() -> service.copyToYear(old, next)).isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "oit.error.copyTargetStarted");
        assertThatThrownBy(() -> service.copyToYear(next, old)).isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "oit.error.copyNotLater");
    }

    @Test
    void checkingTheUrlsStoresAnAnswerABrokenPageAndAServerThatCouldNotBeReached() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/ok") ? 200 : 404, -1);
            exchange.close();
        });
        server.start();
        HttpServer closed = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        int closedPort = closed.getAddress().getPort();
        closed.stop(0);
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            signInAs("COORDINATOR");
            service.save(fixtures.item(year, "O1"), new ChecklistEdit(null, DisclosureStatus.PUBLISHED, null, List.of(),
                    List.of(base + "/ok", base + "/missing", "http://127.0.0.1:" + closedPort + "/nobody"), 0));

            UrlCheckSummary summary = service.checkUrls(year);

            assertThat(summary).isEqualTo(new UrlCheckSummary(1, 1, 1));
            List<EvidenceUrl> urls = row("O1").entry().getUrls();
            assertThat(urls).extracting(EvidenceUrl::getOutcome)
                    .containsExactly(UrlOutcome.ANSWERED, UrlOutcome.BROKEN, UrlOutcome.COULD_NOT_CHECK);
            assertThat(urls).extracting(EvidenceUrl::getHttpStatus).containsExactly(200, 404, null);
            assertThat(urls).allSatisfy(u -> assertThat(u.getCheckedAt()).isNotNull());
        } finally {
            server.stop(0);
        }
    }
}
