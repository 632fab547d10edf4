package org.itaboard.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import org.itaboard.base.domain.BuddhistDates;
import org.itaboard.base.ui.BuddhistDatePicker;
import org.itaboard.base.ui.GridExport;
import org.itaboard.base.ui.ViewHeader;
import org.itaboard.offices.domain.Role;
import org.itaboard.security.domain.SignInEvent;
import org.itaboard.security.domain.SignInOutcome;
import org.itaboard.security.service.SignInAudit;

/**
 * ADMIN (own office) and SYSTEM_ADMIN (every office, unknown usernames too): the sign-in log with filters by date,
 * username and outcome, and the rows shown exported as Excel (every cell text: a username typed as
 * {@code =HYPERLINK(…)} stays text).
 */
@Route("admin/sign-ins")
@Menu(order = 92, icon = "vaadin:sign-in", title = "nav.signIns")
@RolesAllowed({Role.Names.ADMIN, Role.Names.SYSTEM_ADMIN})
public class SignInLogView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final SignInAudit audit;
    private final Clock clock;
    private final BuddhistDatePicker from = new BuddhistDatePicker("");
    private final BuddhistDatePicker to = new BuddhistDatePicker("");
    private final TextField username = new TextField();
    private final CheckboxGroup<SignInOutcome> outcomes = new CheckboxGroup<>();
    private final Grid<SignInEvent> grid = new Grid<>();
    private final GridExport<SignInEvent> export = GridExport.of(grid, getTranslation("nav.signIns"));

    SignInLogView(SignInAudit audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
        setSizeFull();
        LocalDate today = LocalDate.now(clock);
        from.setLabel(getTranslation("signIns.from"));
        from.setValue(today.minusDays(30));
        to.setLabel(getTranslation("signIns.to"));
        to.setValue(today);
        username.setLabel(getTranslation("signIns.username"));
        username.setValueChangeMode(ValueChangeMode.LAZY);
        username.setMaxLength(SignInEvent.MAX_USERNAME);
        username.setClearButtonVisible(true);
        outcomes.setLabel(getTranslation("signIns.outcome"));
        outcomes.setItems(SignInOutcome.values());
        outcomes.setItemLabelGenerator(o -> getTranslation("signIns.outcome." + o.name()));
        List.of(from, to).forEach(date -> date.addValueChangeListener(e -> refresh()));
        username.addValueChangeListener(e -> refresh());
        outcomes.addValueChangeListener(e -> refresh());

        Grid.Column<SignInEvent> time = grid.addColumn(this::time).setHeader(getTranslation("signIns.time")).setWidth("12rem").setFlexGrow(0)
                .setKey("time");
        Grid.Column<SignInEvent> user = grid.addColumn(SignInEvent::getUsername).setHeader(getTranslation("signIns.username")).setFlexGrow(1)
                .setKey("username");
        Grid.Column<SignInEvent> outcome = grid.addColumn(e -> getTranslation("signIns.outcome." + e.getOutcome().name()))
                .setHeader(getTranslation("signIns.outcome")).setWidth("10rem").setFlexGrow(0).setKey("outcome");
        Grid.Column<SignInEvent> channel = grid.addColumn(e -> getTranslation("signIns.channel." + e.getChannel().name()))
                .setHeader(getTranslation("signIns.channel")).setWidth("8rem").setFlexGrow(0).setKey("channel");
        Grid.Column<SignInEvent> address = grid.addColumn(SignInEvent::getAddress).setHeader(getTranslation("signIns.address")).setWidth("10rem")
                .setFlexGrow(0).setKey("address");
        Grid.Column<SignInEvent> agent = grid.addColumn(SignInEvent::getUserAgent).setHeader(getTranslation("signIns.userAgent")).setFlexGrow(2)
                .setKey("userAgent");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();

        export.value(time, this::time).value(user, SignInEvent::getUsername)
                .value(outcome, e -> getTranslation("signIns.outcome." + e.getOutcome().name()))
                .value(channel, e -> getTranslation("signIns.channel." + e.getChannel().name()))
                .value(address, SignInEvent::getAddress).value(agent, SignInEvent::getUserAgent);
        Anchor download = export.button("sign-ins.xlsx");
        download.setId("sign-ins-export");
        HorizontalLayout filters = new HorizontalLayout(from, to, username, outcomes);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new ViewHeader(getTranslation("nav.signIns"), getTranslation("signIns.description",
                SignInAudit.MAX_ROWS), download), filters, grid);
        refresh();
    }

    private void refresh() {
        LocalDate first = from.getValue() == null ? LocalDate.now(clock).minusDays(30) : from.getValue();
        LocalDate last = to.getValue() == null ? LocalDate.now(clock) : to.getValue();
        grid.setItems(audit.search(first.atStartOfDay(clock.getZone()).toInstant(),
                last.plusDays(1).atStartOfDay(clock.getZone()).toInstant(),
                outcomes.getValue().isEmpty() ? EnumSet.allOf(SignInOutcome.class) : outcomes.getValue(),
                username.getValue()));
    }

    private String time(SignInEvent event) {
        ZonedDateTime at = event.getOccurredAt().atZone(clock.getZone());
        return BuddhistDates.format(at.toLocalDate(), getLocale()) + " " + TIME.format(at);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.signIns");
    }
}
