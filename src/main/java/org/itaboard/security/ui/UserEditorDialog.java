package org.itaboard.security.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.itaboard.base.domain.BuddhistDates;
import org.itaboard.base.ui.BuddhistDatePicker;
import org.itaboard.base.ui.Notifications;
import org.itaboard.division.domain.Division;
import org.itaboard.security.domain.AppUser;
import org.itaboard.security.domain.DivisionAssignment;
import org.itaboard.offices.domain.Role;
import org.itaboard.security.service.UserAdminService;
import org.itaboard.security.service.PasswordPolicy;
import org.itaboard.security.service.UserDetailsForm;

/**
 * Creates or edits one user: details and roles, division memberships with dates, password reset and
 * unlocking. A refused save keeps everything that was typed.
 */
class UserEditorDialog extends Dialog {

    private final UserAdminService service;
    private final Clock clock;
    private AppUser user;

    private final TextField username = new TextField();
    private final TextField fullName = new TextField();
    private final TextField position = new TextField();
    private final EmailField email = new EmailField();
    private final Checkbox enabled = new Checkbox();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final PasswordField password = new PasswordField();
    private final Grid<DivisionAssignment> assignments = new Grid<>();
    private final VerticalLayout accountSection = new VerticalLayout();

    UserEditorDialog(UserAdminService service, List<Division> divisions, AppUser user, Clock clock) {
        this.service = service;
        this.clock = clock;
        this.user = user;
        setHeaderTitle(getTranslation(user == null ? "user.add" : "user.edit"));
        setWidth("min(760px, 96vw)");

        username.setLabel(getTranslation("user.username"));
        username.setHelperText(getTranslation("user.username.help"));
        username.setRequired(true);
        fullName.setLabel(getTranslation("user.fullName"));
        fullName.setRequired(true);
        position.setLabel(getTranslation("user.position"));
        email.setLabel(getTranslation("user.email"));
        enabled.setLabel(getTranslation("user.enabled"));
        roles.setLabel(getTranslation("user.roles"));
        // Roles that read every office are the system administrator's to grant, not an office's administrator's.
        roles.setItems(Arrays.stream(Role.values())
                .filter(r -> !r.readsEveryOffice() || user != null && user.hasRole(r)).toList());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        password.setLabel(getTranslation(user == null ? "user.initialPassword" : "user.newPassword"));
        password.setHelperText(getTranslation("user.password.help", PasswordPolicy.MIN_LENGTH));

        FormLayout form = new FormLayout(username, fullName, position, email, roles, enabled);
        form.setColspan(roles, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        VerticalLayout content = new VerticalLayout(form);
        content.setPadding(false);

        if (user == null) {
            enabled.setValue(true);
            form.add(password);
        } else {
            username.setValue(user.getUsername());
            username.setReadOnly(true);
            fullName.setValue(user.getFullName());
            position.setValue(nullToEmpty(user.getPositionTitle()));
            email.setValue(nullToEmpty(user.getEmail()));
            enabled.setValue(user.isEnabled());
            roles.setValue(user.getRoles());
            content.add(divisionSection(divisions), accountSection);
            refreshAccountSection();
        }
        add(content);

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-user");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private VerticalLayout divisionSection(List<Division> divisions) {
        assignments.addColumn(a -> a.getDivision().getName(getLocale())).setHeader(getTranslation("user.division")).setFlexGrow(2);
        assignments.addColumn(a -> BuddhistDates.format(a.getStartDate(), getLocale())).setHeader(getTranslation("user.assignment.start"));
        assignments.addColumn(a -> a.getEndDate() == null ? "–" : BuddhistDates.format(a.getEndDate(), getLocale()))
                .setHeader(getTranslation("user.assignment.end"));
        assignments.addComponentColumn(a -> {
            Button end = new Button(getTranslation("user.assignment.endToday"), e -> run(() ->
                    user = service.endAssignment(user.getId(), a.getId(), LocalDate.now(clock))));
            end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            end.setVisible(a.getEndDate() == null || a.getEndDate().isAfter(LocalDate.now(clock)));
            return end;
        }).setAutoWidth(true);
        assignments.addThemeVariants(GridVariant.LUMO_COMPACT);
        assignments.setAllRowsVisible(true);
        assignments.setItems(user.getAssignments());

        ComboBox<Division> division = new ComboBox<>(getTranslation("user.division"));
        division.setItems(divisions);
        division.setItemLabelGenerator(d -> d.getName(getLocale()));
        BuddhistDatePicker start = new BuddhistDatePicker(getTranslation("user.assignment.start"));
        start.setValue(LocalDate.now(clock));
        BuddhistDatePicker end = new BuddhistDatePicker(getTranslation("user.assignment.end"));
        Button assign = new Button(getTranslation("user.assignment.add"), VaadinIcon.PLUS.create(), e -> {
            if (division.isEmpty()) {
                division.setInvalid(true);
                division.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            run(() -> user = service.assignDivision(user.getId(), division.getValue().getId(), start.getValue(), end.getValue()));
        });
        HorizontalLayout add = new HorizontalLayout(division, start, end, assign);
        add.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add.setWrap(true);
        VerticalLayout section = new VerticalLayout(new H4(getTranslation("user.divisions")), assignments, add);
        section.setPadding(false);
        return section;
    }

    private void refreshAccountSection() {
        accountSection.removeAll();
        accountSection.setPadding(false);
        Button reset = new Button(getTranslation("user.resetPassword"), VaadinIcon.KEY.create(), e -> {
            run(() -> service.resetPassword(user.getId(), password.getValue()));
            password.clear();
        });
        HorizontalLayout passwordRow = new HorizontalLayout(password, reset);
        passwordRow.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        accountSection.add(new H4(getTranslation("user.account")), passwordRow);
        if (user.isLocked(clock.instant())) {
            Span locked = new Span(getTranslation("user.lockedUntil", user.getFailedLogins(),
                    BuddhistDates.format(user.getLockedUntil().atZone(clock.getZone()).toLocalDate(), getLocale())));
            locked.getElement().getThemeList().add("badge error");
            Button unlock = new Button(getTranslation("user.unlock"), VaadinIcon.UNLOCK.create(), e -> {
                run(() -> service.unlock(user.getId()));
                user = service.get(user.getId());
                refreshAccountSection();
            });
            unlock.setId("unlock-user");
            accountSection.add(new HorizontalLayout(locked, unlock));
        }
    }

    private void save() {
        if (fullName.getValue().isBlank()) {
            fullName.setInvalid(true);
            fullName.setErrorMessage(getTranslation("validation.required"));
            return;
        }
        UserDetailsForm form = new UserDetailsForm(username.getValue(), fullName.getValue(), position.getValue(),
                email.getValue(), enabled.getValue(), roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue()));
        boolean ok = run(() -> user = user == null
                ? service.create(form, password.getValue())
                : service.update(user.getId(), user.getVersion(), form));
        if (ok) {
            close();
        }
    }

    /** Runs a service call; a refusal is shown and the dialog stays open with what was typed. */
    private boolean run(Runnable action) {
        try {
            action.run();
            if (user != null && assignments.getDataProvider() != null) {
                assignments.setItems(user.getAssignments());
            }
            Notifications.success(getTranslation("action.saved"));
            fireEvent(new SavedEvent(this));
            return true;
        } catch (RuntimeException e) {
            Notifications.showRefusal(e);
            return false;
        }
    }

    Registration addSavedListener(ComponentEventListener<SavedEvent> listener) {
        return addListener(SavedEvent.class, listener);
    }

    static class SavedEvent extends ComponentEvent<UserEditorDialog> {
        SavedEvent(UserEditorDialog source) {
            super(source, false);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
