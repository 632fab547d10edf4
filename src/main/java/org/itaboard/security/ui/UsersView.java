package org.itaboard.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.itaboard.base.ui.ViewHeader;
import org.itaboard.division.service.DivisionService;
import org.itaboard.security.domain.AppUser;
import org.itaboard.offices.domain.Role;
import org.itaboard.security.service.UserAdminService;

/** ADMIN: every user, their roles, division and lock state; a click opens the editor. */
@Route("admin/users")
@Menu(order = 90, icon = "vaadin:users", title = "nav.users")
@RolesAllowed(Role.Names.ADMIN)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserAdminService users;
    private final DivisionService divisions;
    private final Clock clock;
    private final Grid<AppUser> grid = new Grid<>();
    private final TextField filter = new TextField();
    private List<AppUser> all = List.of();

    UsersView(UserAdminService users, DivisionService divisions, Clock clock) {
        this.users = users;
        this.divisions = divisions;
        this.clock = clock;
        setSizeFull();

        Button add = new Button(getTranslation("user.add"), VaadinIcon.PLUS.create(), e -> openEditor(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-user");
        filter.setPlaceholder(getTranslation("action.search"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> applyFilter());

        LocalDate today = LocalDate.now(clock);
        grid.addColumn(AppUser::getFullName).setHeader(getTranslation("user.fullName")).setSortable(true).setFlexGrow(2);
        grid.addColumn(AppUser::getUsername).setHeader(getTranslation("user.username")).setSortable(true);
        grid.addColumn(u -> u.getRoles().stream().map(r -> getTranslation("role." + r.name())).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("user.roles")).setFlexGrow(2);
        grid.addColumn(u -> u.divisionOn(today).map(d -> d.getName(getLocale())).orElse("–"))
                .setHeader(getTranslation("user.division")).setFlexGrow(2);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("user.status"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(e -> openEditor(e.getItem()));
        grid.setSizeFull();

        add(new ViewHeader(getTranslation("nav.users"), getTranslation("user.description"), filter, add), grid);
        refresh();
    }

    private Span statusBadge(AppUser user) {
        Span badge;
        if (user.isLocked(clock.instant())) {
            badge = new Span(getTranslation("user.status.locked", user.getFailedLogins()));
            badge.getElement().getThemeList().add("badge error");
        } else if (!user.isEnabled()) {
            badge = new Span(getTranslation("user.status.disabled"));
            badge.getElement().getThemeList().add("badge contrast");
        } else {
            badge = new Span(getTranslation("user.status.active"));
            badge.getElement().getThemeList().add("badge success");
        }
        return badge;
    }

    private void openEditor(AppUser user) {
        UserEditorDialog dialog = new UserEditorDialog(users, divisions.findActive(),
                user == null ? null : users.get(user.getId()), clock);
        dialog.addSavedListener(e -> refresh());
        dialog.open();
    }

    private void refresh() {
        all = users.findAll();
        applyFilter();
    }

    private void applyFilter() {
        String text = filter.getValue().trim().toLowerCase();
        grid.setItems(all.stream().filter(u -> text.isEmpty()
                || u.getFullName().toLowerCase().contains(text) || u.getUsername().contains(text)).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users");
    }
}
