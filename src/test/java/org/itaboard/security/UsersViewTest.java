package org.itaboard.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.itaboard.security.domain.AppUser;
import org.itaboard.security.domain.AppUserRepository;
import org.itaboard.offices.domain.Role;
import org.itaboard.security.ui.UsersView;
import org.itaboard.test.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class UsersViewTest extends KaribuTest {

    @Autowired
    AppUserRepository users;

    @Test
    void adminCreatesAUserAndARefusalKeepsWhatWasTyped() {
        login("admin");
        UI.getCurrent().navigate(UsersView.class);
        _click(_get(Button.class, spec -> spec.withId("add-user")));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("ชื่อผู้ใช้")), "head.revenue");
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("ชื่อ-นามสกุล")), "นายสมศักดิ์ รายได้ดี");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(dialog, CheckboxGroup.class);
        _setValue(roles, Set.of(Role.DIVISION_HEAD));
        _setValue(_get(dialog, PasswordField.class), "short");

        _click(_get(Button.class, spec -> spec.withId("save-user")));

        // Refused (password too short): the dialog stays open with everything typed.
        assertThat(dialog.isOpened()).isTrue();
        assertThat(_get(dialog, TextField.class, spec -> spec.withLabel("ชื่อ-นามสกุล")).getValue()).isEqualTo("นายสมศักดิ์ รายได้ดี");
        assertThat(users.existsByUsername("head.revenue")).isFalse();

        _setValue(_get(dialog, PasswordField.class), "long-enough-password");
        _click(_get(Button.class, spec -> spec.withId("save-user")));

        AppUser created = users.findByUsername("head.revenue").orElseThrow();
        assertThat(created.getRoles()).containsExactly(Role.DIVISION_HEAD);
        @SuppressWarnings("unchecked")
        Grid<AppUser> grid = _get(Grid.class);
        assertThat(GridKt._findAll(grid)).extracting(AppUser::getUsername).contains("head.revenue");
    }
}
