package org.itaboard.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.itaboard.base.service.AuditService;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.division.domain.Division;
import org.itaboard.division.service.DivisionService;
import org.itaboard.test.PostgresTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

class DivisionServiceTest extends PostgresTest {

    @Autowired
    DivisionService service;
    @Autowired
    AuditService audit;

    @Test
    @WithMockUser(username = "head.works", roles = "DIVISION_HEAD")
    void everyoneSignedInReadsTheTenDivisionsInOrder() {
        assertThat(service.findAll()).extracting(Division::getNameTh)
                .startsWith("ฝ่ายปกครอง", "ฝ่ายทะเบียน", "ฝ่ายการคลัง");
        assertThat(service.findActive()).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void adminAddsADivisionAndTheChangeIsAudited() {
        Division schools = division("SCHOOLS_T", "โรงเรียนในสังกัด", "District schools");
        Division saved = service.save(schools);
        saved.setNameEn("BMA schools of the district");
        Division renamed = service.save(saved);

        assertThat(renamed.getVersion()).isEqualTo(1);
        assertThat(audit.history("Division", saved.getId())).first()
                .satisfies(e -> assertThat(e.getChanges()).extracting(c -> c.field()).containsExactly("nameEn"));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void duplicateCodeIsRefused() {
        assertThatThrownBy(() -> service.save(division("finance", "ฝ่ายซ้ำ", "Duplicate")))
                .isInstanceOf(BusinessRuleException.class).hasMessage("division.error.codeTaken");
    }

    @ParameterizedTest
    @ValueSource(strings = {"EXECUTIVE", "COORDINATOR", "DIVISION_HEAD", "HR_OFFICER"})
    void onlyAdminChangesDivisions(String role) {
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.UsernamePasswordAuthenticationToken("u", null,
                        java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_" + role))));
        try {
            assertThatThrownBy(() -> service.save(division("X_" + role, "ทดสอบ", "Test")))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    private static Division division(String code, String th, String en) {
        Division d = new Division();
        d.setCode(code);
        d.setNameTh(th);
        d.setNameEn(en);
        d.setSortOrder(11);
        return d;
    }
}
