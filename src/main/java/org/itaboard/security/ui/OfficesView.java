package org.itaboard.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.itaboard.base.ui.ActionDialog;
import org.itaboard.base.ui.Notifications;
import org.itaboard.base.ui.ViewHeader;
import org.itaboard.offices.domain.Role;
import org.itaboard.security.service.OfficeOverview;
import org.itaboard.security.service.OfficeSetupService;

/** SYSTEM_ADMIN: the district offices of the installation, and a new office with its first administrator. */
@Route("admin/offices")
@Menu(order = 95, icon = "vaadin:building", title = "nav.offices")
@RolesAllowed(Role.Names.SYSTEM_ADMIN)
public class OfficesView extends VerticalLayout implements HasDynamicTitle {

    private final OfficeSetupService service;
    private final Grid<OfficeOverview> grid = new Grid<>();

    OfficesView(OfficeSetupService service) {
        this.service = service;
        setSizeFull();
        Button add = new Button(getTranslation("office.add"), VaadinIcon.PLUS.create(), e -> openCreateDialog());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-office");

        grid.addColumn(o -> o.office().getNameTh()).setHeader(getTranslation("office.nameTh")).setFlexGrow(2)
                .setSortable(true).setKey("nameTh");
        grid.addColumn(o -> o.office().getNameEn()).setHeader(getTranslation("office.nameEn")).setFlexGrow(2)
                .setSortable(true).setKey("nameEn");
        grid.addColumn(o -> o.office().getCode()).setHeader(getTranslation("office.code")).setSortable(true)
                .setKey("code");
        grid.addColumn(OfficeOverview::users).setHeader(getTranslation("office.users"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0).setKey("users");
        grid.addColumn(OfficeOverview::fiscalYears).setHeader(getTranslation("office.fiscalYears"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0).setKey("fiscalYears");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();

        add(new ViewHeader(getTranslation("nav.offices"), getTranslation("office.description"), add), grid);
        refresh();
    }

    private void openCreateDialog() {
        NewOfficeForm form = new NewOfficeForm();
        ActionDialog dialog = new ActionDialog(getTranslation("office.add"), getTranslation("office.create"), () -> {
            NewOfficeForm.NewOffice typed = form.read();
            OfficeSetupService.NewOffice created = service.createOffice(typed.code(), typed.nameTh(), typed.nameEn(),
                    typed.admin(), typed.password());
            Notifications.success(getTranslation("office.created", created.office().getName(getLocale()),
                    created.divisions(), created.administrator().getUsername()));
        }, this::refresh, form);
        dialog.setWidth("min(760px, 96vw)");
        dialog.primaryButton().setId("create-office");
        dialog.open();
    }

    private void refresh() {
        grid.setItems(service.overview());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.offices");
    }
}
