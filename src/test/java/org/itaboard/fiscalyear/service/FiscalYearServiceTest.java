package org.itaboard.fiscalyear.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.itaboard.base.service.AuditService;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.GradeScheme;
import org.itaboard.fiscalyear.domain.ToolAggregation;
import org.itaboard.security.domain.AppUserRepository;
import org.itaboard.test.PostgresTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Fiscal-year settings and copies; FY 2560 is this class's own year (other tests use the demo years read-only). */
class FiscalYearServiceTest extends PostgresTest {

    @Autowired
    AppUserRepository users;

    @Autowired
    FiscalYearService service;
    @Autowired
    AuditService audit;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    /** Signs in as a demo user with the roles stored in the database (see README.md). */
    void signIn(String username) {
        var user = users.findByUsername(username).orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, null,
                user.getRoles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
    }

    @Test
    void eachDemoOfficeHasOnlyItsOwnReports() {
        signIn("director");
        assertThat(service.findAll(wangThonglang())).extracting(FiscalYear::getBeYear)
                .containsExactly(2565, 2566, 2567, 2568, 2569, 2570);
        FiscalYear wang2565 = service.get(wangThonglang(), 2565);
        assertThat(wang2565.getSourceLabel()).isEqualTo("ข้อมูลจากรายงานผล ITA ปี 2565 ของสำนักงานเขตวังทองหลาง");
        assertThat(wang2565.getGradeScheme()).isEqualTo(GradeScheme.SEVEN_GRADES);
        assertThat(wang2565.getToolAggregation()).isEqualTo(ToolAggregation.MEAN_OF_INDICATORS);
        assertThat(service.get(wangThonglang(), 2570).getSourceLabel()).startsWith("ปีปัจจุบัน");

        Catalogue c2565 = service.catalogue(wang2565);
        assertThat(c2565.items()).hasSize(88);
        assertThat(c2565.indicators()).hasSize(10);
        assertThat(c2565.subIndicators()).extracting(s -> s.getCode())
                .containsExactly("9.1", "9.2", "9.3", "9.4", "9.5", "10.1", "10.2");
        assertThat(c2565.indicators().get(8).getNameTh()).isEqualTo("การเปิดเผยข้อมูล");
        assertThat(service.catalogue(service.get(wangThonglang(), 2569)).items()).hasSize(88)
                .allMatch(i -> i.getScore() == null);

        signIn("director.nongchok");
        FiscalYear nongChok = service.get(office("nongchok"), 2567);
        assertThat(service.findAll(office("nongchok"))).extracting(FiscalYear::getBeYear)
                .containsExactly(2567, 2568, 2569, 2570);
        assertThat(nongChok.getSourceLabel()).contains("หนองจอก");
        assertThat(nongChok.getGradeScheme()).isEqualTo(GradeScheme.FIVE_LEVELS);
        assertThat(nongChok.getToolAggregation()).isEqualTo(ToolAggregation.MEAN_OF_ITEMS);
        assertThat(nongChok.getRespondentsIit()).isEqualTo(624);
        assertThat(nongChok.getRespondentsEit()).isEqualTo(622);
        Catalogue c2567 = service.catalogue(nongChok);
        assertThat(c2567.items()).hasSize(12 + 6 + 22);
        assertThat(c2567.items()).filteredOn(i -> i.getCode().startsWith("O")).allMatch(i -> i.getScore() == null);
        assertThat(service.get(office("nongchok"), 2568).getSourceLabel()).contains("2568");

        signIn("director.khannayao");
        Catalogue khanNaYao = service.catalogue(service.get(office("khannayao"), 2567));
        assertThat(khanNaYao.items()).isNotEmpty().allMatch(i -> i.getScore() != null)
                .allMatch(i -> !i.getCode().startsWith("O"));
    }

    @Test
    void theYearInViewIsTheLatestResultsForScoresAndTheCurrentYearForWork() {
        signIn("coordinator");
        int current = service.currentBeYear();
        assertThat(service.inView(wangThonglang(), null, YearPurpose.SCORES).requireYear().getBeYear()).isEqualTo(2565);
        assertThat(service.inView(wangThonglang(), null, YearPurpose.WORK).requireYear().getBeYear()).isEqualTo(current);
        assertThat(service.inView(wangThonglang(), 2567, YearPurpose.SCORES).requireYear().getBeYear()).isEqualTo(2567);
        assertThatThrownBy(() -> service.inView(wangThonglang(), 2566 + 40, YearPurpose.SCORES))
                .isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("messageKey", "year.error.notFound");

        // A plan for a far year, even one with scores, is never a default.
        FiscalYear plan = service.copyYear(service.get(wangThonglang(), 2565), 2599);
        assertThat(service.inView(wangThonglang(), null, YearPurpose.SCORES).requireYear().getBeYear()).isEqualTo(2565);
        assertThat(service.inView(wangThonglang(), null, YearPurpose.WORK).requireYear().getBeYear()).isEqualTo(current);
        assertThat(service.inView(wangThonglang(), null, YearPurpose.WORK).years()).contains(plan);

        signIn("director.nongchok");
        assertThat(service.inView(office("nongchok"), null, YearPurpose.SCORES).requireYear().getBeYear()).isEqualTo(2567);
    }

    @Test
    void anotherOfficesYearsAreRefusedButTheBmaReadsEveryOffice() {
        signIn("coordinator.nongchok");
        FiscalYear wang2565 = year(2565);
        assertThatThrownBy(() -> service.findAll(wangThonglang())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.find(wangThonglang(), 2565)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.catalogue(wang2565)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.copyYear(wang2565, 2598)).isInstanceOf(AccessDeniedException.class);
        wang2565.setWeakThreshold(new BigDecimal("80"));
        assertThatThrownBy(() -> service.save(wang2565)).isInstanceOf(AccessDeniedException.class);
        assertThat(service.mayChange(wangThonglang())).isFalse();
        assertThat(service.mayChange(office("nongchok"))).isTrue();

        signIn("bma");
        assertThat(service.catalogue(year(2565)).items()).hasSize(88);
        assertThat(service.findAll(office("khannayao"))).isNotEmpty();
        assertThat(service.mayChange(wangThonglang())).isFalse();
        FiscalYear again = year(2565);
        assertThatThrownBy(() -> service.save(again)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void weightsThatDoNotAddUpTo100AreRefused() {
        signIn("coordinator");
        FiscalYear year = service.get(wangThonglang(), 2565);
        year.setWeightOit(new BigDecimal("45"));
        assertThatThrownBy(() -> service.save(year)).isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "year.error.weightsSum");
        assertThat(service.get(wangThonglang(), 2565).getWeightOit()).isEqualByComparingTo("40");
    }

    @Test
    void copyingAYearCopiesItsCatalogueWithoutScoresAndIsAudited() {
        signIn("coordinator");
        FiscalYear copy = service.copyYear(service.get(wangThonglang(), 2565), 2590);
        Catalogue original = service.catalogue(year(2565));
        Catalogue copied = service.catalogue(copy);
        assertThat(copy.getGradeScheme()).isEqualTo(GradeScheme.SEVEN_GRADES);
        assertThat(copied.items()).extracting(i -> i.getCode())
                .containsExactlyElementsOf(original.items().stream().map(i -> i.getCode()).toList());
        assertThat(copied.items()).allMatch(i -> i.getScore() == null);
        assertThat(copied.items()).filteredOn(i -> i.getCode().equals("O9")).singleElement()
                .satisfies(i -> {
                    assertThat(i.getSubIndicator().getCode()).isEqualTo("9.1");
                    assertThat(i.getThirdLevel()).isEqualTo("9.1.3");
                });
        assertThat(copied.subIndicators()).hasSize(7);
        assertThat(audit.history("FiscalYear", copy.getId())).extracting(e -> e.getAction()).contains("copiedFrom");
        assertThatThrownBy(() -> service.copyYear(year(2565), 2590)).isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "year.error.exists");
        // Fiscal years are unique per office, not in the whole installation.
        signIn("coordinator.nongchok");
        assertThat(service.copyYear(year(office("nongchok"), 2567), 2590).getOffice()).isEqualTo(office("nongchok"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"director", "head.works", "hr"})
    void onlyCoordinatorsAndAdminsWrite(String username) {
        signIn(username);
        FiscalYear year = service.get(wangThonglang(), 2567);
        assertThat(service.catalogue(year).items()).isNotEmpty();
        assertThatThrownBy(() -> service.save(year)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.copyYear(year, 2589)).isInstanceOf(AccessDeniedException.class);
        assertThat(service.find(wangThonglang(), 2589)).isEmpty();
    }

    @Test
    void anonymousReadsNothing() {
        assertThatThrownBy(() -> service.findAll(wangThonglang())).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }
}
