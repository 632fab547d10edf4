package org.itaboard.offices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.itaboard.division.domain.Division;
import org.itaboard.division.domain.DivisionRepository;
import org.itaboard.division.service.DivisionService;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.fiscalyear.domain.ItemRepository;
import org.itaboard.fiscalyear.service.FiscalYearService;
import org.itaboard.fiscalyear.service.YearPurpose;
import org.itaboard.measures.MeasureFixtures;
import org.itaboard.measures.domain.Decision;
import org.itaboard.measures.domain.Evidence;
import org.itaboard.measures.domain.Measure;
import org.itaboard.measures.domain.MeasureField;
import org.itaboard.measures.domain.MeasureForm;
import org.itaboard.measures.service.EvidenceService;
import org.itaboard.measures.service.EvidenceUpload;
import org.itaboard.measures.service.MeasureQuery;
import org.itaboard.measures.service.MeasureService;
import org.itaboard.measures.service.ProgressInput;
import org.itaboard.offices.domain.Office;
import org.itaboard.offices.domain.Role;
import org.itaboard.offices.service.OfficeService;
import org.itaboard.scoring.service.AnswerDistributionService;
import org.itaboard.scoring.service.ScoreService;
import org.itaboard.scoring.service.imports.ImportKind;
import org.itaboard.scoring.service.imports.ImportService;
import org.itaboard.security.domain.AppUser;
import org.itaboard.security.domain.AppUserRepository;
import org.itaboard.security.service.UserAdminService;
import org.itaboard.security.service.UserDetailsForm;
import org.itaboard.test.PostgresTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every service with a second office: a user of Wang Thonglang asking for Nong Chok's year, measure, evidence,
 * division or user by id is refused like any other forbidden call, and nothing changes; the BMA's analyst reads
 * every office and changes nothing. Nong Chok's measure and evidence are made through the services by its own
 * coordinator, in a test year (removed after each test by {@link PostgresTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossOfficeServiceTest extends PostgresTest {

    private static final int NONG_CHOK_TEST_YEAR = 2586;
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    /** Every table a service call could change; "nothing changed" compares their whole contents. */
    private static final List<String> TABLES = List.of("office", "division", "app_user", "app_user_role",
            "division_assignment", "fiscal_year", "indicator", "sub_indicator", "item", "published_score", "measure",
            "measure_item", "measure_support", "evidence", "evidence_file", "progress_update", "sign_off", "audit_entry");

    @Autowired
    private ApplicationContext context;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private FiscalYearService fiscalYears;
    @Autowired
    private ScoreService scores;
    @Autowired
    private ImportService imports;
    @Autowired
    private AnswerDistributionService distributions;
    @Autowired
    private MeasureService measures;
    @Autowired
    private EvidenceService evidence;
    @Autowired
    private DivisionService divisions;
    @Autowired
    private UserAdminService userAdmin;
    @Autowired
    private OfficeService offices;
    @Autowired
    private DivisionRepository divisionRepository;
    @Autowired
    private ItemRepository items;
    @Autowired
    private AppUserRepository users;

    private MeasureFixtures fixtures;
    /** Nong Chok's year with results (read-only here). */
    private FiscalYear nongChok2567;
    /** Nong Chok's test year, a copy of 2567 without scores, with {@link #measure} in it. */
    private FiscalYear nongChokYear;
    /** A DONE measure of Nong Chok, ready to be verified, with {@link #photo} and {@link #link}. */
    private Measure measure;
    private byte[] png;
    private Evidence photo;
    private Evidence link;

    private record Call(String user, ThrowingCallable call) {
    }

    private record Read(String user, Callable<?> call) {
    }

    @BeforeEach
    void nongChokMakesAMeasureWithEvidence() throws Exception {
        fixtures = new MeasureFixtures(context);
        fixtures.signIn("coordinator.nongchok");
        nongChok2567 = year(nongChok(), 2567);
        nongChokYear = fiscalYears.copyYear(nongChok2567, NONG_CHOK_TEST_YEAR);
        MeasureForm form = new MeasureForm();
        form.setFiscalYear(nongChokYear);
        form.set(MeasureField.TITLE, "เผยแพร่ขั้นตอนการขออนุญาตก่อสร้าง");
        form.set(MeasureField.ITEMS, Set.of(items.findByFiscalYearAndCode(nongChokYear, "I1").orElseThrow()));
        form.set(MeasureField.LEAD_DIVISION, nongChokDivision());
        Long id = measures.save(form).getId();
        measures.activate(id);
        measure = measures.complete(id);
        link = evidence.addLink(id, "ประกาศบนเว็บไซต์", "https://webportal.bangkok.go.th/nongchok", null, null);
        png = png();
        photo = evidence.addFile(id, new EvidenceUpload("ป้ายประกาศ", "sign.png", png, null, null));
        fixtures.signIn("director");
    }

    Stream<Named<Read>> nongChokReads() {
        return Stream.of(
                read("FiscalYearService.findAll", "coordinator", () -> fiscalYears.findAll(nongChok())),
                read("FiscalYearService.find", "coordinator", () -> fiscalYears.find(nongChok(), 2567)),
                read("FiscalYearService.get", "coordinator", () -> fiscalYears.get(nongChok(), 2567)),
                read("FiscalYearService.inView", "coordinator",
                        () -> fiscalYears.inView(nongChok(), null, YearPurpose.SCORES)),
                read("FiscalYearService.reload", "coordinator", () -> fiscalYears.reload(nongChok2567)),
                read("FiscalYearService.catalogue", "coordinator", () -> fiscalYears.catalogue(nongChok2567)),
                read("FiscalYearService.hasScores", "coordinator", () -> fiscalYears.hasScores(nongChok2567)),
                read("ScoreService.scores", "director", () -> scores.scores(nongChok2567)),
                read("ScoreService.history", "director", () -> scores.history(nongChok())),
                read("ScoreService.allYears", "director", () -> scores.allYears(nongChok())),
                read("ScoreService.item", "director", () -> scores.item(nongChokItem().getId())),
                read("AnswerDistributionService.ofItem", "director", () -> distributions.ofItem(nongChok2567, "I1")),
                read("AnswerDistributionService.ofItem of Wang Thonglang for Nong Chok", "coordinator.nongchok",
                        () -> distributions.ofItem(year(2565), "I1")),
                read("MeasureService.get", "coordinator", () -> measures.get(measure.getId())),
                read("MeasureService.form", "coordinator", () -> measures.form(measure.getId())),
                read("MeasureService.progress", "coordinator", () -> measures.progress(measure.getId())),
                read("MeasureService.signOffs", "coordinator", () -> measures.signOffs(measure.getId())),
                read("MeasureService.history", "coordinator", () -> measures.history(measure.getId())),
                read("MeasureService.search", "coordinator", () -> measures.search(MeasureQuery.all(nongChokYear))),
                read("MeasureService.weakItems", "coordinator", () -> measures.weakItems(nongChok2567)),
                read("MeasureService.newForm", "coordinator", () -> measures.newForm(nongChokYear, List.of("I1"))),
                read("MeasureService.items", "coordinator", () -> measures.items(nongChokYear)),
                read("MeasureService.overview", "director", () -> measures.overview(nongChok())),
                read("EvidenceService.list", "director", () -> evidence.list(measure.getId())),
                read("EvidenceService.download", "director", () -> evidence.download(photo.getId())),
                read("EvidenceService.thumbnail", "director", () -> evidence.thumbnail(photo.getId())),
                read("DivisionService.findActive", "coordinator", () -> divisions.findActive(nongChok())),
                read("UserAdminService.get", "admin", () -> userAdmin.get(nongChokUser().getId())),
                read("OfficeService.get", "director", () -> offices.get("nongchok")));
    }

    Stream<Named<Call>> nongChokWrites() {
        return Stream.of(
                call("FiscalYearService.save of a Nong Chok year", "coordinator", () -> {
                    FiscalYear changed = year(nongChok(), 2567);
                    changed.setWeakThreshold(new BigDecimal("80"));
                    fiscalYears.save(changed);
                }),
                call("FiscalYearService.save of a new Nong Chok year", "coordinator",
                        () -> fiscalYears.save(new FiscalYear(nongChok(), 2587))),
                call("FiscalYearService.copyYear", "coordinator", () -> fiscalYears.copyYear(nongChok2567, 2587)),
                call("FiscalYearService.replaceCatalogue", "admin", () -> fiscalYears.replaceCatalogue(nongChokYear, List.of())),
                call("ScoreService.setItemScore", "coordinator",
                        () -> scores.setItemScore(nongChokItem().getId(), nongChokItem().getVersion(), BigDecimal.TEN)),
                call("ScoreService.setPublished", "coordinator", () -> scores.setPublished(nongChok2567, "ITA", BigDecimal.TEN)),
                call("ScoreService.replaceScores", "coordinator",
                        () -> scores.replaceScores(nongChokYear, Map.of("I1", BigDecimal.TEN), Map.of())),
                call("ImportService.preview", "coordinator",
                        () -> imports.preview(nongChokYear, ImportKind.SCORES, "scores.csv", csv("code,score\nI1,90\n"))),
                call("ImportService.importFile of scores", "coordinator",
                        () -> imports.importFile(nongChokYear, ImportKind.SCORES, "scores.csv", csv("code,score\nI1,90\n"), true)),
                call("ImportService.importFile of a catalogue", "admin", () -> imports.importFile(nongChokYear,
                        ImportKind.CATALOGUE, "catalogue.csv", csv("code,tool,indicator,sub_indicator,topic_th,topic_en\nI1,IIT,1,,ข้อ 1,Item 1\n"), true)),
                call("MeasureService.save of a Nong Chok measure", "coordinator", () -> {
                    MeasureForm form = nongChokForm();
                    form.set(MeasureField.TITLE, "แก้โดยเขตอื่น");
                    measures.save(form);
                }),
                call("MeasureService.save of a Wang Thonglang measure led by a Nong Chok division", "coordinator", () -> {
                    MeasureForm form = new MeasureForm();
                    form.setFiscalYear(year(2570));
                    form.set(MeasureField.TITLE, "นำโดยฝ่ายของเขตอื่น");
                    form.set(MeasureField.LEAD_DIVISION, nongChokDivision());
                    measures.save(form);
                }),
                call("MeasureService.activate", "coordinator", () -> measures.activate(measure.getId())),
                call("MeasureService.complete", "coordinator", () -> measures.complete(measure.getId())),
                call("MeasureService.verify", "coordinator", () -> measures.verify(measure.getId())),
                call("MeasureService.cancel", "coordinator", () -> measures.cancel(measure.getId(), "ซ้ำซ้อน")),
                call("MeasureService.reopen", "coordinator", () -> measures.reopen(measure.getId(), "แก้ไข")),
                call("MeasureService.addProgress", "coordinator", () -> measures.addProgress(measure.getId(),
                        new ProgressInput(null, "รายงานโดยเขตอื่น", 50), null)),
                call("MeasureService.signOff", "director", () -> measures.signOff(measure.getId(), Decision.APPROVED, null, "demo1234")),
                call("EvidenceService.verify of a photo", "coordinator", () -> evidence.verify(photo.getId())),
                call("EvidenceService.verify of a link", "coordinator", () -> evidence.verify(link.getId())),
                call("EvidenceService.addLink", "coordinator", () -> evidence.addLink(measure.getId(), "ลิงก์",
                        "https://www.bangkok.go.th", null, null)),
                call("EvidenceService.addFile", "coordinator", () -> evidence.addFile(measure.getId(),
                        new EvidenceUpload("ไฟล์", "other.pdf", PDF, null, null))),
                call("DivisionService.save of a Nong Chok division", "admin", () -> {
                    Division renamed = nongChokDivision();
                    renamed.setNameTh("ฝ่ายที่ถูกแก้ชื่อ");
                    divisions.save(renamed);
                }),
                call("UserAdminService.update", "admin", () -> {
                    AppUser user = nongChokUser();
                    userAdmin.update(user.getId(), user.getVersion(), new UserDetailsForm(user.getUsername(), "ชื่อใหม่",
                            null, null, false, EnumSet.of(Role.COORDINATOR)));
                }),
                call("UserAdminService.unlock", "admin", () -> userAdmin.unlock(nongChokUser().getId())),
                call("UserAdminService.resetPassword", "admin",
                        () -> userAdmin.resetPassword(nongChokUser().getId(), "new-password-1")),
                call("UserAdminService.assignDivision of a Nong Chok user", "admin", () -> userAdmin.assignDivision(
                        nongChokUser().getId(), fixtures.division("FINANCE").getId(), LocalDate.of(2026, 12, 1), null)),
                call("UserAdminService.assignDivision to a Nong Chok division", "admin", () -> userAdmin.assignDivision(
                        users.findByUsername("hr").orElseThrow().getId(), nongChokDivision().getId(),
                        LocalDate.of(2026, 12, 1), null)),
                call("UserAdminService.endAssignment", "admin", () -> userAdmin.endAssignment(nongChokUser().getId(),
                        jdbc.queryForObject("select id from division_assignment where user_id = ?", Long.class,
                                nongChokUser().getId()), LocalDate.of(2026, 12, 1))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nongChokReads")
    void aWangThonglangUserReadsNothingOfNongChok(Read read) {
        fixtures.signIn(read.user());
        assertRefusedAndNothingChanged(read.call()::call);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nongChokWrites")
    void aWangThonglangUserChangesNothingOfNongChok(Call write) {
        fixtures.signIn(write.user());
        assertRefusedAndNothingChanged(write.call());
    }

    /** Users are their office's ADMIN's alone: the BMA's analyst reads everything else. */
    Stream<Named<Read>> nongChokReadsOfTheBma() {
        return nongChokReads().filter(read -> !read.getPayload().user().equals("admin"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nongChokReadsOfTheBma")
    void theBmaReadsEveryOffice(Read read) throws Exception {
        fixtures.signIn("bma");
        assertThat(read.call().call()).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nongChokWrites")
    void theBmaChangesNothing(Call write) {
        fixtures.signIn("bma");
        assertRefusedAndNothingChanged(write.call());
    }

    /** An import's preview saves nothing: for a reader of every office it is a read like the catalogue's. */
    Stream<Named<Call>> nongChokChanges() {
        return nongChokWrites().filter(write -> !write.getName().startsWith("ImportService.preview"));
    }

    /**
     * Reading every office is no licence to change one, whatever other roles come with it: the start-up work runs
     * as such a reader with ADMIN and COORDINATOR ({@code OfficeAccess.asSystem}).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("nongChokChanges")
    void aReaderOfEveryOfficeChangesNothingEvenWithEveryOfficeRole(Call write) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("sysadmin", null,
                Arrays.stream(Role.values()).map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
        assertRefusedAndNothingChanged(write.call());
    }

    @Test
    void theBmaReadsNongChoksDataAsItIs() {
        fixtures.signIn("bma");
        assertThat(offices.get("nongchok")).isEqualTo(nongChok());
        assertThat(scores.scores(nongChok2567).result().ita().value()).isEqualByComparingTo("98.02");
        assertThat(fiscalYears.findAll(nongChok())).extracting(FiscalYear::getBeYear).contains(2567, NONG_CHOK_TEST_YEAR);
        assertThat(measures.get(measure.getId()).getTitle()).isEqualTo("เผยแพร่ขั้นตอนการขออนุญาตก่อสร้าง");
        assertThat(measures.search(MeasureQuery.all(nongChokYear))).extracting(Measure::getId).containsExactly(measure.getId());
        assertThat(measures.history(measure.getId())).extracting(e -> e.getAction()).contains("created", "evidenceAdded");
        assertThat(evidence.list(measure.getId())).extracting(Evidence::getId).containsExactly(photo.getId(), link.getId());
        assertThat(evidence.download(photo.getId()).content()).isEqualTo(png);
        assertThat(evidence.thumbnail(photo.getId()).contentType()).isEqualTo("image/jpeg");
        assertThat(divisions.findActive(nongChok())).extracting(Division::getOffice).containsOnly(nongChok());
        assertThat(distributions.ofItem(year(2565), "I1")).hasSize(2);
        assertThat(fiscalYears.mayChange(nongChok())).isFalse();
        assertThat(measures.mayEdit(measure)).isFalse();
        assertRefusedAndNothingChanged(() -> userAdmin.get(nongChokUser().getId()));
        assertRefusedAndNothingChanged(() -> offices.create("bangkhen", "สำนักงานเขตบางเขน", "Bang Khen District Office"));
    }

    @Test
    void listsShowOnlyTheUsersOwnOffice() {
        fixtures.signIn("admin");
        assertThat(divisions.findAll()).isNotEmpty().extracting(Division::getOffice).containsOnly(wangThonglang());
        assertThat(divisions.findActive()).isNotEmpty().extracting(Division::getOffice).containsOnly(wangThonglang());
        assertThat(userAdmin.findAll()).extracting(AppUser::getUsername).contains("admin", "director", "coordinator")
                .doesNotContain("director.nongchok", "coordinator.nongchok", "coordinator.khannayao", "bma", "sysadmin");
        assertThat(offices.visible()).extracting(Office::getCode).containsExactly("wangthonglang");

        fixtures.signIn("coordinator.nongchok");
        assertThat(offices.visible()).extracting(Office::getCode).containsExactly("nongchok");
        assertThat(divisions.findAll()).isNotEmpty().extracting(Division::getOffice).containsOnly(nongChok());

        fixtures.signIn("bma");
        assertThat(offices.visible()).extracting(Office::getCode)
                .containsExactlyInAnyOrder("wangthonglang", "nongchok", "khannayao");
        assertThat(divisions.findAll()).isEmpty();
    }

    @Test
    void whatTheScreensAskIsNoForAnotherOffice() {
        fixtures.signIn("coordinator");
        assertThat(fiscalYears.mayChange(nongChok())).isFalse();
        assertThat(fiscalYears.mayChange(wangThonglang())).isTrue();
        assertThat(measures.mayEdit(measure)).isFalse();
        assertThat(measures.mayContribute(measure)).isFalse();
        fixtures.signIn("coordinator.nongchok");
        assertThat(measures.mayContribute(measure)).isTrue();
    }

    private void assertRefusedAndNothingChanged(ThrowingCallable call) {
        Map<String, String> before = database();
        assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
        assertThat(database()).isEqualTo(before);
    }

    /** A digest of each table's whole contents. */
    private Map<String, String> database() {
        return TABLES.stream().collect(Collectors.toMap(table -> table, table -> jdbc.queryForObject(
                "select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from " + table + " t", String.class)));
    }

    private static Named<Read> read(String name, String user, Callable<?> call) {
        return Named.of(name + " as " + user, new Read(user, call));
    }

    private static Named<Call> call(String name, String user, ThrowingCallable call) {
        return Named.of(name + " as " + user, new Call(user, call));
    }

    private Office nongChok() {
        return office("nongchok");
    }

    private Division nongChokDivision() {
        return divisionRepository.findByOfficeAndCode(nongChok(), "ADMIN").orElseThrow();
    }

    private AppUser nongChokUser() {
        return users.findByUsername("coordinator.nongchok").orElseThrow();
    }

    private Item nongChokItem() {
        return items.findByFiscalYearAndCode(nongChok2567, "I1").orElseThrow();
    }

    /** The Nong Chok measure as its own coordinator's form shows it. */
    private MeasureForm nongChokForm() {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        fixtures.signIn("coordinator.nongchok");
        try {
            return measures.form(measure.getId());
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
