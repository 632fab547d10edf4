package org.itaboard.division.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.itaboard.base.domain.ThaiDigits;
import org.itaboard.base.ui.ActionDialog;
import org.itaboard.base.ui.InvalidInput;
import org.itaboard.base.ui.Notifications;
import org.itaboard.base.ui.ViewHeader;
import org.itaboard.division.domain.Division;
import org.itaboard.division.service.DivisionService;
import org.itaboard.offices.domain.Role;

/** ADMIN: the divisions (ฝ่าย) of the office. Retired divisions stay for history but are inactive. */
@Route("admin/divisions")
@Menu(order = 91, icon = "vaadin:sitemap", title = "nav.divisions")
@RolesAllowed(Role.Names.ADMIN)
public class DivisionsView extends VerticalLayout implements HasDynamicTitle {

    private final DivisionService service;
    private final Grid<Division> grid = new Grid<>();

    DivisionsView(DivisionService service) {
        this.service = service;
        setSizeFull();
        Button add = new Button(getTranslation("division.add"), VaadinIcon.PLUS.create(), e -> edit(new Division()));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(Division::getSortOrder).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Division::getNameTh).setHeader(getTranslation("division.nameTh")).setFlexGrow(2);
        grid.addColumn(Division::getNameEn).setHeader(getTranslation("division.nameEn")).setFlexGrow(2);
        grid.addColumn(Division::getCode).setHeader(getTranslation("division.code"));
        grid.addComponentColumn(d -> {
            Span badge = new Span(getTranslation(d.isActive() ? "division.active" : "division.inactive"));
            badge.getElement().getThemeList().add(d.isActive() ? "badge success" : "badge contrast");
            return badge;
        }).setHeader(getTranslation("user.status"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.setSizeFull();
        add(new ViewHeader(getTranslation("nav.divisions"), getTranslation("division.description"), add), grid);
        refresh();
    }

    private void edit(Division division) {
        TextField nameTh = new TextField(getTranslation("division.nameTh"));
        TextField nameEn = new TextField(getTranslation("division.nameEn"));
        TextField code = new TextField(getTranslation("division.code"));
        code.setHelperText(getTranslation("division.code.help"));
        TextField order = new TextField(getTranslation("division.sortOrder"));
        Checkbox active = new Checkbox(getTranslation("division.active"));
        BeanValidationBinder<Division> binder = new BeanValidationBinder<>(Division.class);
        binder.forField(nameTh).bind("nameTh");
        binder.forField(nameEn).bind("nameEn");
        binder.forField(code).bind("code");
        // A text field, not an IntegerField: that one refuses the Thai digits typed on a Thai keyboard.
        binder.forField(order).withConverter(Converter.<String, Integer>from(
                text -> java.util.Objects.requireNonNullElse(ThaiDigits.parseInteger(text), 0),
                number -> number == 0 ? "" : String.valueOf(number),
                notWhole -> getTranslation("number.invalidWhole"))).bind("sortOrder");
        binder.forField(active).bind("active");
        binder.readBean(division);
        if (division.isNew()) {
            active.setValue(true);
        }
        FormLayout form = new FormLayout(nameTh, nameEn, code, order, active);
        ActionDialog dialog = new ActionDialog(getTranslation(division.isNew() ? "division.add" : "division.edit"),
                getTranslation("action.save"), () -> {
                    if (!binder.writeBeanIfValid(division)) {
                        throw new InvalidInput("division"); // the binder has marked the fields
                    }
                    try {
                        service.save(division);
                    } finally {
                        refresh(); // the grid shows what is stored; the dialog keeps what was typed
                    }
                    Notifications.success(getTranslation("action.saved"));
                }, () -> { }, form);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(service.findAll());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.divisions");
    }
}
