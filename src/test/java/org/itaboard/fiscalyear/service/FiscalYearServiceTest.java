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
    FiscalYearService service;
    @Autowired
    AuditService audit;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    static void signInAs(String role) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                role.toLowerCase(), null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    @Test
    void demoHistoryIsLabelledWithItsReports() {
        signInAs("EXECUTIVE");
        assertThat(service.findAll()).extracting(FiscalYear::getBeYear).contains(2565, 2567, 2568, 2569)
                .doesNotContain(2566);
        FiscalYear wangThonglang = service.get(2565);
        assertThat(wangThonglang.getSourceLabel()).isEqualTo("ข้อมูลจากรายงานผล ITA ปี 2565 ของสำนักงานเขตวังทองหลาง");
        assertThat(wangThonglang.getGradeScheme()).isEqualTo(GradeScheme.SEVEN_GRADES);
        assertThat(wangThonglang.getToolAggregation()).isEqualTo(ToolAggregation.MEAN_OF_INDICATORS);
        FiscalYear nongChok = service.get(2567);
        assertThat(nongChok.getSourceLabel()).contains("หนองจอก");
        assertThat(nongChok.getGradeScheme()).isEqualTo(GradeScheme.FIVE_LEVELS);
        assertThat(nongChok.getToolAggregation()).isEqualTo(ToolAggregation.MEAN_OF_ITEMS);
        assertThat(nongChok.getRespondentsIit()).isEqualTo(624);
        assertThat(nongChok.getRespondentsEit()).isEqualTo(622);
        int currentYear = 2570; // the fiscal year of the tests' fixed clock (PostgresTest)
        assertThat(service.get(currentYear).getSourceLabel()).startsWith("ปีปัจจุบัน");
        assertThat(service.latest()).get().extracting(FiscalYear::getBeYear).isEqualTo(currentYear);

        Catalogue c2565 = service.catalogue(2565);
        assertThat(c2565.items()).hasSize(88);
        assertThat(c2565.indicators()).hasSize(10);
        assertThat(c2565.subIndicators()).extracting(s -> s.getCode())
                .containsExactly("9.1", "9.2", "9.3", "9.4", "9.5", "10.1", "10.2");
        assertThat(c2565.indicators().get(8).getNameTh()).isEqualTo("การเปิดเผยข้อมูล");
        assertThat(c2565.indicators().get(8).getNameEn()).isEqualTo("Information disclosure");
        Catalogue c2567 = service.catalogue(2567);
        assertThat(c2567.items()).hasSize(12 + 6 + 22);
        assertThat(c2567.items()).filteredOn(i -> i.getCode().startsWith("O")).allMatch(i -> i.getScore() == null);
        assertThat(service.catalogue(2569).items()).hasSize(40).allMatch(i -> i.getScore() == null);
    }

    @Test
    void weightsThatDoNotAddUpTo100AreRefused() {
        signInAs("COORDINATOR");
        FiscalYear year = service.get(2565);
        year.setWeightOit(new BigDecimal("45"));
        assertThatThrownBy(() -> service.save(year)).isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "year.error.weightsSum");
        assertThat(service.get(2565).getWeightOit()).isEqualByComparingTo("40");
    }

    @Test
    void copyingAYearCopiesItsCatalogueWithoutScoresAndIsAudited() {
        signInAs("COORDINATOR");
        FiscalYear copy = service.copyYear(2565, 2560);
        Catalogue original = service.catalogue(2565);
        Catalogue copied = service.catalogue(2560);
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
        assertThatThrownBy(() -> service.copyYear(2565, 2560)).isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "year.error.exists");
    }

    @ParameterizedTest
    @ValueSource(strings = {"EXECUTIVE", "DIVISION_HEAD", "HR_OFFICER"})
    void onlyCoordinatorsAndAdminsWrite(String role) {
        signInAs(role);
        FiscalYear year = service.get(2567);
        assertThat(service.catalogue(2567).items()).isNotEmpty();
        assertThat(service.latest()).isPresent();
        assertThatThrownBy(() -> service.save(year)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.copyYear(2567, 2589)).isInstanceOf(AccessDeniedException.class);
        assertThat(service.find(2589)).isEmpty();
    }

    @Test
    void anonymousReadsNothing() {
        assertThatThrownBy(() -> service.findAll()).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }
}
