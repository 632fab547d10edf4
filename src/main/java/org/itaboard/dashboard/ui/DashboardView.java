package org.itaboard.dashboard.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.itaboard.base.ui.ViewHeader;

/** The executive dashboard: the first page everyone sees after signing in. */
@Route("")
@Menu(order = 0, icon = "vaadin:dashboard", title = "nav.dashboard")
@PermitAll
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    DashboardView() {
        add(new ViewHeader(getTranslation("nav.dashboard"), null));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard");
    }
}
