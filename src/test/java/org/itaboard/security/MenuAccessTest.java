package org.itaboard.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.itaboard.dashboard.ui.DashboardView;
import org.itaboard.security.ui.LoginView;
import org.itaboard.security.ui.UsersView;
import org.itaboard.test.KaribuTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each role sees exactly its menu entries and is refused the views it must not open. */
class MenuAccessTest extends KaribuTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "director          | /, years, meetings, catalogue, weak-items, oit, measures, hr, reports",
            "coordinator       | /, years, meetings, catalogue, scores, import, weak-items, oit, measures, hr, reports",
            "head.works        | /, years, meetings, catalogue, weak-items, oit, my-division, measures, reports",
            "hr                | /, years, meetings, catalogue, weak-items, oit, measures, hr, reports",
            "admin             | /, years, meetings, catalogue, scores, import, weak-items, oit, measures, hr, reports, admin/users, admin/divisions, admin/sign-ins",
            "sysadmin          | /, overview, years, meetings, catalogue, weak-items, oit, measures, reports, admin/sign-ins, admin/audit-chain, admin/offices",
            "bma               | /, overview, years, meetings, catalogue, weak-items, oit, measures, reports"})
    void eachRoleSeesItsMenu(String username, String expectedPaths) {
        login(username);
        UI.getCurrent().navigate("");
        List<String> paths = _find(SideNavItem.class).stream().map(item -> item.getPath().isEmpty() ? "/" : item.getPath()).toList();
        assertThat(paths).containsExactly(expectedPaths.split(",\\s*"));
    }

    @Test
    void anonymousVisitorLandsOnLogin() {
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void executiveIsRefusedUserAdministration() {
        login("director");
        UI.getCurrent().navigate("admin/users");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(org.itaboard.base.ui.errors.RouteDeniedPage.class);
    }

    @Test
    void adminOpensUserAdministration() {
        login("admin");
        UI.getCurrent().navigate("admin/users");
        MockVaadin.clientRoundtrip();
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(UsersView.class);
    }

    @Test
    void signedInUserLandsOnDashboardInThai() {
        login("director");
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(DashboardView.class);
        assertThat(_find(SideNavItem.class).get(0).getLabel()).isEqualTo("แดชบอร์ดผู้บริหาร");
    }
}
