package org.itaboard.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import org.itaboard.base.service.AuditService;
import org.itaboard.dashboard.ui.DashboardView;
import org.itaboard.security.domain.AppUser;
import org.itaboard.security.domain.AppUserRepository;
import org.itaboard.security.ui.ChangePasswordView;
import org.itaboard.security.ui.UsersView;
import org.itaboard.test.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Accounts people own (issue 10): after an administrator's reset the user must choose their own password before any
 * other page opens; every user changes their own from the user menu, with the current password and the policy.
 */
class AccountPasswordTest extends KaribuTest {

    private static final String DEMO_HASH_OWNER = "head.finance";

    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    AuditService audit;

    private String originalHash;

    @AfterEach
    void restoreThePassword() {
        if (originalHash != null) {
            AppUser user = users.findByUsername(DEMO_HASH_OWNER).orElseThrow();
            user.setPasswordHash(originalHash);
            user.setPasswordChangeRequired(false);
            users.save(user);
        }
    }

    @Test
    void afterAnAdministratorsResetEveryPageLeadsToTheChangeUntilTheUserChoseTheirOwn() {
        AppUser target = users.findByUsername(DEMO_HASH_OWNER).orElseThrow();
        originalHash = target.getPasswordHash();
        login("admin");
        context.getBean(org.itaboard.security.service.UserAdminService.class)
                .resetPassword(target.getId(), "set-by-admin-2570");
        assertThat(users.findByUsername(DEMO_HASH_OWNER).orElseThrow().isPasswordChangeRequired()).isTrue();

        login(DEMO_HASH_OWNER);
        UI.getCurrent().navigate(DashboardView.class);
        assertThat(UI.getCurrent().getCurrentView())
                .isInstanceOf(ChangePasswordView.class);
        UI.getCurrent().navigate("measures");
        assertThat(UI.getCurrent().getCurrentView())
                .isInstanceOf(ChangePasswordView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("password-change-required")).getText())
                .contains("ผู้ดูแลระบบ");

        // A refusal keeps what was typed and changes nothing.
        type("set-by-admin-2570", "finance", "finance");
        _click(_get(Button.class, spec -> spec.withId("change-password")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("new-password")).getValue()).isEqualTo("finance");
        assertThat(users.findByUsername(DEMO_HASH_OWNER).orElseThrow().isPasswordChangeRequired()).isTrue();

        type("set-by-admin-2570", "ต้นไม้ริมน้ำ-2570", "ต้นไม้ริมน้ำ-2570");
        _click(_get(Button.class, spec -> spec.withId("change-password")));

        AppUser changed = users.findByUsername(DEMO_HASH_OWNER).orElseThrow();
        assertThat(changed.isPasswordChangeRequired()).isFalse();
        assertThat(passwordEncoder.matches("ต้นไม้ริมน้ำ-2570", changed.getPasswordHash())).isTrue();
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(DashboardView.class);
        assertThat(audit.history("AppUser", changed.getId())).extracting(e -> e.getAction())
                .startsWith("passwordChanged", "passwordReset");
    }

    @Test
    void theUserMenuOpensTheChangeWhichNeedsTheCurrentPassword() {
        originalHash = users.findByUsername(DEMO_HASH_OWNER).orElseThrow().getPasswordHash();
        login(DEMO_HASH_OWNER);
        UI.getCurrent().navigate(DashboardView.class);
        _click(_get(Button.class, spec -> spec.withId("open-change-password")));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ChangePasswordView.class);

        type("not-my-password", "cloud-river-2570", "cloud-river-2570");
        _click(_get(Button.class, spec -> spec.withId("change-password")));
        assertThat(passwordEncoder.matches("demo1234", users.findByUsername(DEMO_HASH_OWNER).orElseThrow()
                .getPasswordHash())).isTrue();

        type("demo1234", "cloud-river-2570", "cloud-river-2571");
        _click(_get(Button.class, spec -> spec.withId("change-password")));
        assertThat(passwordEncoder.matches("demo1234", users.findByUsername(DEMO_HASH_OWNER).orElseThrow()
                .getPasswordHash())).isTrue();

        type("demo1234", "cloud-river-2570", "cloud-river-2570");
        _click(_get(Button.class, spec -> spec.withId("change-password")));
        assertThat(passwordEncoder.matches("cloud-river-2570", users.findByUsername(DEMO_HASH_OWNER).orElseThrow()
                .getPasswordHash())).isTrue();
    }

    @Test
    void anAdministratorsNewUserMustChooseTheirOwnPasswordToo() {
        login("admin");
        UI.getCurrent().navigate(UsersView.class);
        AppUser created = context.getBean(org.itaboard.security.service.UserAdminService.class).create(
                new org.itaboard.security.service.UserDetailsForm("head.newcomer", "ผู้มาใหม่ ทดสอบ", null, null, true,
                        java.util.EnumSet.of(org.itaboard.offices.domain.Role.EXECUTIVE)), "first-one-2570");
        try {
            assertThat(created.isPasswordChangeRequired()).isTrue();
        } finally {
            users.delete(users.findByUsername("head.newcomer").orElseThrow());
        }
    }

    private static void type(String current, String chosen, String repeated) {
        _setValue(_get(PasswordField.class, spec -> spec.withId("current-password")), current);
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), chosen);
        _setValue(_get(PasswordField.class, spec -> spec.withId("repeat-password")), repeated);
    }
}
