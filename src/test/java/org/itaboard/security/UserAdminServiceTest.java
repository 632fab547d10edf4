package org.itaboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import org.itaboard.base.service.AuditService;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.division.domain.DivisionRepository;
import org.itaboard.security.domain.AppUser;
import org.itaboard.security.domain.AppUserRepository;
import org.itaboard.offices.domain.Role;
import org.itaboard.security.service.UserAdminService;
import org.itaboard.security.service.UserDetailsForm;
import org.itaboard.test.PostgresTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

class UserAdminServiceTest extends PostgresTest {

    @Autowired
    UserAdminService service;
    @Autowired
    AppUserRepository users;
    @Autowired
    DivisionRepository divisions;
    @Autowired
    AuditService audit;
    @Autowired
    AuthenticationConfiguration authenticationConfiguration;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest
    @ValueSource(strings = {"EXECUTIVE", "COORDINATOR", "DIVISION_HEAD", "HR_OFFICER"})
    void onlyAdminManagesUsers(String role) {
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken("someone", null,
                        java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_" + role))));
        assertThatThrownBy(() -> service.findAll()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.create(form("x.y", Role.ADMIN), "cloud-river-42")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anonymousIsRefused() {
        assertThatThrownBy(() -> service.findAll())
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void adminCreatesUserAssignsDivisionAndHandsOverThePost() {
        AppUser created = service.create(form("new.head", Role.DIVISION_HEAD), "secret-pass");
        assertThat(created.getPasswordHash()).startsWith("$2").doesNotContain("secret-pass");

        Long works = divisions.findByOfficeAndCode(wangThonglang(), "PUBLIC_WORKS").orElseThrow().getId();
        Long finance = divisions.findByOfficeAndCode(wangThonglang(), "FINANCE").orElseThrow().getId();
        service.assignDivision(created.getId(), works, LocalDate.of(2025, 10, 1), null);
        AppUser moved = service.assignDivision(created.getId(), finance, LocalDate.of(2026, 4, 1), null);

        assertThat(moved.divisionOn(LocalDate.of(2026, 3, 31)).orElseThrow().getCode()).isEqualTo("PUBLIC_WORKS");
        assertThat(moved.divisionOn(LocalDate.of(2026, 4, 1)).orElseThrow().getCode()).isEqualTo("FINANCE");
        assertThat(audit.history("AppUser", created.getId())).extracting(e -> e.getAction())
                .containsExactly("divisionAssigned", "divisionAssigned", "created");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void refusesDuplicateUsernameShortPasswordAndNoRole() {
        assertThatThrownBy(() -> service.create(form("director", Role.EXECUTIVE), "cloud-river-42"))
                .isInstanceOf(BusinessRuleException.class).hasMessage("user.error.usernameTaken");
        assertThatThrownBy(() -> service.create(form("short.pw", Role.EXECUTIVE), "1234567"))
                .isInstanceOf(BusinessRuleException.class).hasMessage("user.error.passwordTooShort");
        assertThatThrownBy(() -> service.create(new UserDetailsForm("no.role", "ไม่มี บทบาท", null, null, true,
                EnumSet.noneOf(Role.class)), "cloud-river-42"))
                .isInstanceOf(BusinessRuleException.class).hasMessage("user.error.roleRequired");
        assertThat(users.existsByUsername("short.pw")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SYSTEM_ADMIN", "BMA_ANALYST"})
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anOfficeAdministratorCannotHandOutRolesReachingEveryOffice(String role) {
        assertThatThrownBy(() -> service.create(form("wide.reach", Role.valueOf(role)), "cloud-river-42"))
                .isInstanceOf(BusinessRuleException.class).hasMessage("user.error.installationRole");
        assertThat(users.existsByUsername("wide.reach")).isFalse();
        AppUser user = service.create(form("narrow.reach", Role.EXECUTIVE), "cloud-river-42");
        assertThatThrownBy(() -> service.update(user.getId(), user.getVersion(), new UserDetailsForm("narrow.reach",
                "ทดสอบ", null, null, true, EnumSet.of(Role.EXECUTIVE, Role.valueOf(role)))))
                .isInstanceOf(BusinessRuleException.class).hasMessage("user.error.installationRole");
        assertThat(users.findByUsername("narrow.reach").orElseThrow().getRoles()).containsExactly(Role.EXECUTIVE);
        jdbc.update("delete from app_user where username = 'narrow.reach'");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void staleEditIsRefused() {
        AppUser user = service.create(form("stale.edit", Role.EXECUTIVE), "cloud-river-42");
        service.update(user.getId(), user.getVersion(), form("stale.edit", Role.COORDINATOR));
        assertThatThrownBy(() -> service.update(user.getId(), user.getVersion(), form("stale.edit", Role.ADMIN)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void repeatedFailedLoginsLockTheAccountUntilAdminUnlocks() throws Exception {
        AppUser user = service.create(form("brute.target", Role.EXECUTIVE), "right-password");
        AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> manager.authenticate(token("brute.target", "wrong")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> manager.authenticate(token("brute.target", "right-password")))
                .isInstanceOf(LockedException.class);
        assertThat(service.get(user.getId()).getFailedLogins()).isEqualTo(5);

        service.unlock(user.getId());
        assertThat(manager.authenticate(token("brute.target", "right-password")).isAuthenticated()).isTrue();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void theLockLastsFifteenMinutesFromTheFifthFailure() throws Exception {
        AppUser user = service.create(form("brute.wait", Role.EXECUTIVE), "right-password");
        AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> manager.authenticate(token("brute.wait", "wrong")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(service.get(user.getId()).getLockedUntil()).as("not locked after four failures").isNull();
        assertThatThrownBy(() -> manager.authenticate(token("brute.wait", "wrong")))
                .isInstanceOf(BadCredentialsException.class);
        // The tests' clock stands still, so the end of the lock is exact.
        Instant lockEnds = clock.instant().plus(Duration.ofMinutes(15));
        assertThat(service.get(user.getId()).getLockedUntil()).isEqualTo(lockEnds);

        // The clock cannot move on, so the lock is moved back by the fifteen minutes: it ends now, and the right
        // password lets the user in again.
        jdbc.update("update app_user set locked_until = ? where id = ?", Timestamp.from(clock.instant()), user.getId());
        assertThat(manager.authenticate(token("brute.wait", "right-password")).isAuthenticated()).isTrue();
        assertThat(service.get(user.getId()).getFailedLogins()).isZero();
    }

    private static UsernamePasswordAuthenticationToken token(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }

    private static UserDetailsForm form(String username, Role role) {
        return new UserDetailsForm(username, "ทดสอบ " + username, "เจ้าหน้าที่", null, true, EnumSet.of(role));
    }
}
