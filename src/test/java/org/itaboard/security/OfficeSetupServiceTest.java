package org.itaboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.itaboard.base.service.AuditService;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.division.domain.Division;
import org.itaboard.division.domain.StandardDivision;
import org.itaboard.division.service.DivisionService;
import org.itaboard.offices.domain.Office;
import org.itaboard.offices.domain.OfficeRepository;
import org.itaboard.offices.domain.Role;
import org.itaboard.security.domain.AppUser;
import org.itaboard.security.domain.AppUserRepository;
import org.itaboard.security.service.OfficeSetupService;
import org.itaboard.security.service.UserAdminService;
import org.itaboard.security.service.UserDetailsForm;
import org.itaboard.test.PostgresTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

class OfficeSetupServiceTest extends PostgresTest {

    private static final String CODE = TestOffices.PREFIX + "bangkhen";

    @Autowired
    OfficeSetupService service;
    @Autowired
    UserAdminService userAdmin;
    @Autowired
    DivisionService divisionService;
    @Autowired
    OfficeRepository offices;
    @Autowired
    AppUserRepository users;
    @Autowired
    AuditService audit;
    @Autowired
    AuthenticationConfiguration authenticationConfiguration;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void signInAsSystemAdministrator() {
        signInAs("SYSTEM_ADMIN");
    }

    @AfterEach
    void removeTestOffices() {
        TestOffices.removeAll(jdbc);
    }

    @Test
    void createsTheOfficeItsTenDivisionsAndItsFirstAdministrator() throws Exception {
        OfficeSetupService.NewOffice created = service.createOffice(" Test-BangKhen ", "สำนักงานเขตบางเขน",
                "Bang Khen District Office", admin("admin.bangkhen"), "bangkhen-pass");

        Office office = offices.findByCode(CODE).orElseThrow();
        assertThat(created.office().getId()).isEqualTo(office.getId());
        assertThat(office.getNameTh()).isEqualTo("สำนักงานเขตบางเขน");
        assertThat(created.divisions()).isEqualTo(StandardDivision.values().length).isEqualTo(10);

        AppUser admin = users.findByUsername("admin.bangkhen").orElseThrow();
        assertThat(admin.getOffice().getId()).isEqualTo(office.getId());
        assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
        assertThat(admin.isEnabled()).isTrue();
        assertThat(admin.getPasswordHash()).startsWith("$2").doesNotContain("bangkhen-pass");
        assertThat(audit.history("Office", office.getId())).extracting(e -> e.getAction()).containsExactly("created");
        assertThat(audit.history("AppUser", admin.getId())).singleElement()
                .satisfies(e -> assertThat(e.getUsername()).isEqualTo("sysadmin"));

        assertThat(service.overview()).filteredOn(o -> o.office().getCode().equals(CODE)).singleElement()
                .satisfies(o -> {
                    assertThat(o.users()).isEqualTo(1);
                    assertThat(o.fiscalYears()).isZero();
                });
        assertThat(service.overview()).extracting(o -> o.office().getCode())
                .contains("wangthonglang", "nongchok", "khannayao", CODE);

        // The new administrator signs in with the initial password and manages only the new office.
        Authentication signedIn = authenticationConfiguration.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated("admin.bangkhen", "bangkhen-pass"));
        assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_ADMIN");
        SecurityContextHolder.getContext().setAuthentication(signedIn);
        assertThat(userAdmin.findAll()).extracting(AppUser::getUsername).containsExactly("admin.bangkhen");
        assertThat(divisionService.findAll()).hasSize(10).extracting(Division::getOffice).extracting(Office::getId)
                .containsOnly(office.getId());
        assertThatThrownBy(() -> service.overview()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theFirstAdministratorIsAnAdministratorWhateverRolesTheFormNames() {
        UserDetailsForm asking = new UserDetailsForm("admin.bangkhen", "ผู้ดูแล บางเขน", null, null, false,
                EnumSet.of(Role.SYSTEM_ADMIN, Role.BMA_ANALYST));
        service.createOffice(CODE, "สำนักงานเขตบางเขน", "Bang Khen District Office", asking, "bangkhen-pass");
        AppUser admin = users.findByUsername("admin.bangkhen").orElseThrow();
        assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
        assertThat(admin.isEnabled()).isTrue();
    }

    @Test
    void aTakenCodeOrUsernameOrAShortPasswordSavesNothing() {
        long officesBefore = offices.count();
        long usersBefore = users.count();
        Integer divisionsBefore = jdbc.queryForObject("select count(*) from division", Integer.class);

        assertThatThrownBy(() -> service.createOffice("wangthonglang", "ซ้ำ", "Duplicate", admin("admin.dup"), "long-enough"))
                .isInstanceOf(BusinessRuleException.class).hasMessage("office.error.codeTaken");
        assertThatThrownBy(() -> service.createOffice(CODE, "สำนักงานเขตบางเขน", "Bang Khen", admin("admin"), "long-enough"))
                .isInstanceOf(BusinessRuleException.class).hasMessage("user.error.usernameTaken");
        assertThatThrownBy(() -> service.createOffice(CODE, "สำนักงานเขตบางเขน", "Bang Khen", admin("admin.bangkhen"), "short"))
                .isInstanceOf(BusinessRuleException.class).hasMessage("user.error.passwordTooShort");
        assertThatThrownBy(() -> service.createOffice(CODE, "สำนักงานเขตบางเขน", "Bang Khen", admin("no"), "long-enough"))
                .isInstanceOf(BusinessRuleException.class).hasMessage("user.error.usernameInvalid");
        assertThatThrownBy(() -> service.createOffice(CODE, " ", "Bang Khen", admin("admin.bangkhen"), "long-enough"))
                .isInstanceOf(BusinessRuleException.class).hasMessage("office.error.nameRequired");
        assertThatThrownBy(() -> service.createOffice(CODE, "สำนักงานเขตบางเขน", "Bang Khen",
                new UserDetailsForm("admin.bangkhen", " ", null, null, true, EnumSet.of(Role.ADMIN)), "long-enough"))
                .isInstanceOf(BusinessRuleException.class).hasMessage("user.error.fullNameRequired");

        assertThat(offices.existsByCode(CODE)).isFalse();
        assertThat(offices.count()).isEqualTo(officesBefore);
        assertThat(users.count()).isEqualTo(usersBefore);
        assertThat(users.existsByUsername("admin.bangkhen")).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from division", Integer.class)).isEqualTo(divisionsBefore);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ADMIN", "COORDINATOR", "EXECUTIVE", "BMA_ANALYST"})
    void onlyTheSystemAdministratorSetsUpOffices(String role) {
        signInAs(role);
        assertThatThrownBy(() -> service.createOffice(CODE, "สำนักงานเขตบางเขน", "Bang Khen", admin("admin.bangkhen"),
                "long-enough")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.overview()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> userAdmin.createFirstAdministrator(wangThonglang(), admin("admin.bangkhen"), "long-enough"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(offices.existsByCode(CODE)).isFalse();
        assertThat(users.existsByUsername("admin.bangkhen")).isFalse();
    }

    private static UserDetailsForm admin(String username) {
        return new UserDetailsForm(username, "ผู้ดูแล " + username, "นักวิชาการคอมพิวเตอร์", null, true,
                EnumSet.of(Role.ADMIN));
    }
}
