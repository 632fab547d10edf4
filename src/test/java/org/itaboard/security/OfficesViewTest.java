package org.itaboard.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.itaboard.offices.domain.OfficeRepository;
import org.itaboard.offices.domain.Role;
import org.itaboard.security.domain.AppUser;
import org.itaboard.security.domain.AppUserRepository;
import org.itaboard.security.service.OfficeOverview;
import org.itaboard.security.ui.OfficesView;
import org.itaboard.test.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class OfficesViewTest extends KaribuTest {

    private static final String CODE = TestOffices.PREFIX + "bangkhen";

    @Autowired
    OfficeRepository offices;
    @Autowired
    AppUserRepository users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTestOffices() {
        TestOffices.removeAll(jdbc);
    }

    @Test
    void systemAdministratorSeesTheOfficesAndCreatesOne() {
        login("sysadmin");
        UI.getCurrent().navigate(OfficesView.class);
        assertThat(GridKt._findAll(grid())).extracting(o -> o.office().getCode())
                .contains("wangthonglang", "nongchok", "khannayao");

        Dialog dialog = openDialog();
        type(dialog, CODE, "สำนักงานเขตบางเขน", "Bang Khen District Office", "admin.bangkhen", "bangkhen-pass");
        _click(_get(Button.class, spec -> spec.withId("create-office")));

        assertThat(dialog.isOpened()).isFalse();
        NotificationsKt.expectNotifications("สร้างสำนักงานเขตบางเขน พร้อม 10 ฝ่าย และผู้ดูแลระบบ admin.bangkhen แล้ว");
        AppUser admin = users.findByUsername("admin.bangkhen").orElseThrow();
        assertThat(admin.getOffice().getCode()).isEqualTo(CODE);
        assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
        assertThat(admin.getFullName()).isEqualTo("นายบางเขน ดูแลดี");
        assertThat(admin.getPositionTitle()).isEqualTo("นักวิชาการคอมพิวเตอร์");
        assertThat(GridKt._findAll(grid())).filteredOn(o -> o.office().getCode().equals(CODE)).singleElement()
                .satisfies(o -> {
                    assertThat(o.office().getNameEn()).isEqualTo("Bang Khen District Office");
                    assertThat(o.users()).isEqualTo(1);
                });
    }

    @Test
    void aRefusedCreationKeepsEverythingTyped() {
        login("sysadmin");
        UI.getCurrent().navigate(OfficesView.class);
        Dialog dialog = openDialog();

        // Empty required fields are marked, nothing is asked of the service.
        _click(_get(Button.class, spec -> spec.withId("create-office")));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(field(dialog, "รหัสสำนักงานเขต").isInvalid()).isTrue();

        // The code is taken: the service refuses in Thai and the dialog keeps what was typed.
        type(dialog, "wangthonglang", "สำนักงานเขตบางเขน", "Bang Khen District Office", "admin.bangkhen", "bangkhen-pass");
        _click(_get(Button.class, spec -> spec.withId("create-office")));

        assertThat(dialog.isOpened()).isTrue();
        NotificationsKt.expectNotifications("รหัสสำนักงานเขต wangthonglang มีอยู่แล้ว");
        assertThat(field(dialog, "รหัสสำนักงานเขต").getValue()).isEqualTo("wangthonglang");
        assertThat(field(dialog, "ชื่อภาษาไทย").getValue()).isEqualTo("สำนักงานเขตบางเขน");
        assertThat(field(dialog, "ชื่อภาษาอังกฤษ").getValue()).isEqualTo("Bang Khen District Office");
        assertThat(field(dialog, "ชื่อผู้ใช้").getValue()).isEqualTo("admin.bangkhen");
        assertThat(field(dialog, "ชื่อ-นามสกุล").getValue()).isEqualTo("นายบางเขน ดูแลดี");
        assertThat(field(dialog, "ตำแหน่ง").getValue()).isEqualTo("นักวิชาการคอมพิวเตอร์");
        assertThat(_get(dialog, PasswordField.class).getValue()).isEqualTo("bangkhen-pass");
        assertThat(users.existsByUsername("admin.bangkhen")).isFalse();

        // Corrected, the same dialog creates the office.
        _setValue(field(dialog, "รหัสสำนักงานเขต"), CODE);
        _click(_get(Button.class, spec -> spec.withId("create-office")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(offices.existsByCode(CODE)).isTrue();
    }

    @Test
    void anOfficeAdministratorMayNotOpenTheOffices() {
        login("admin");
        UI.getCurrent().navigate("admin/offices");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(org.itaboard.base.ui.errors.RouteDeniedPage.class);
    }

    private static Dialog openDialog() {
        _click(_get(Button.class, spec -> spec.withId("add-office")));
        return _get(Dialog.class);
    }

    private static void type(Dialog dialog, String code, String nameTh, String nameEn, String username, String password) {
        _setValue(field(dialog, "รหัสสำนักงานเขต"), code);
        _setValue(field(dialog, "ชื่อภาษาไทย"), nameTh);
        _setValue(field(dialog, "ชื่อภาษาอังกฤษ"), nameEn);
        _setValue(field(dialog, "ชื่อผู้ใช้"), username);
        _setValue(field(dialog, "ชื่อ-นามสกุล"), "นายบางเขน ดูแลดี");
        _setValue(field(dialog, "ตำแหน่ง"), "นักวิชาการคอมพิวเตอร์");
        _setValue(_get(dialog, PasswordField.class), password);
    }

    private static TextField field(Dialog dialog, String label) {
        return _get(dialog, TextField.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static Grid<OfficeOverview> grid() {
        return _get(Grid.class);
    }
}
