package org.itaboard.meetings.ui;

import static org.itaboard.meetings.ui.MeetingTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.itaboard.base.ui.GridExport;
import org.itaboard.base.ui.Notifications;
import org.itaboard.base.ui.ViewHeader;
import org.itaboard.fiscalyear.service.YearPurpose;
import org.itaboard.fiscalyear.ui.YearInViewResolver;
import org.itaboard.meetings.domain.Meeting;
import org.itaboard.meetings.service.MeetingService;
import org.itaboard.offices.domain.Office;
import org.itaboard.offices.domain.Role;
import org.itaboard.offices.service.OfficeAccess;

/**
 * The office's executive meetings, newest first, and on a second tab the register of the tasks they gave; the
 * coordinator prepares the next meeting and sets the schedule here. Both grids export to Excel as shown.
 */
@Route("meetings")
@Menu(order = 15, icon = "vaadin:calendar-user", title = "nav.meetings")
@PermitAll
public class MeetingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingService service;
    private final YearInViewResolver resolver;
    private final OfficeAccess access;
    private final Grid<Meeting> grid = new Grid<>();
    private final GridExport<Meeting> export = GridExport.of(grid, t("nav.meetings"));
    private TaskRegister register;
    private Office office;

    MeetingsView(MeetingService service, YearInViewResolver resolver, OfficeAccess access) {
        this.service = service;
        this.resolver = resolver;
        this.access = access;
        setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setId("meetings-grid");
        export.value(grid.addColumn(m -> t("meetings.number", m.numberLabel())).setHeader(t("meetings.column.number"))
                .setAutoWidth(true), m -> t("meetings.number", m.numberLabel()));
        export.value(grid.addColumn(MeetingsView::when).setHeader(t("meetings.column.when")).setAutoWidth(true),
                MeetingsView::when);
        export.value(grid.addColumn(Meeting::getRoom).setHeader(t("meetings.column.room")).setFlexGrow(1), Meeting::getRoom);
        export.value(grid.addComponentColumn(m -> MeetingTexts.statusBadge(m.getStatus())).setHeader(t("meetings.column.status"))
                .setAutoWidth(true), m -> t("meetings.status." + m.getStatus().name()));
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        resolver.resolve(event, YearPurpose.WORK).ifPresent(inView -> {
            office = inView.office();
            render();
        });
    }

    private void render() {
        removeAll();
        List<com.vaadin.flow.component.Component> actions = new ArrayList<>();
        if (service.mayRecord(office)) {
            Button prepare = new Button(t("meetings.prepare"), VaadinIcon.PLUS.create(), e -> prepare());
            prepare.setId("meetings-prepare");
            prepare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(prepare);
        }
        if ((access.hasRole(Role.COORDINATOR) || access.hasRole(Role.ADMIN)) && access.mayWrite(office)) {
            Button settings = new Button(t("meetings.settings"), VaadinIcon.COG.create(),
                    e -> new SettingsDialog(service, office).open());
            settings.setId("meetings-settings");
            actions.add(settings);
        }
        add(new ViewHeader(t("nav.meetings"), t("meetings.description", office.getName(getLocale())),
                actions.toArray(com.vaadin.flow.component.Component[]::new)));
        List<Meeting> meetings = service.meetings(office);
        VerticalLayout meetingsTab = new VerticalLayout();
        meetingsTab.setSizeFull();
        meetingsTab.setPadding(false);
        if (meetings.isEmpty()) {
            meetingsTab.add(new Span(t("meetings.none")));
        } else {
            grid.setItems(meetings);
            Anchor download = export.button("meetings.xlsx");
            download.setId("meetings-export");
            meetingsTab.add(download, grid);
            meetingsTab.setHorizontalComponentAlignment(Alignment.END, download);
        }
        register = new TaskRegister(service.tasks(office), service.today(), service.zone());
        TabSheet tabs = new TabSheet();
        tabs.setId("meetings-tabs");
        tabs.setSizeFull();
        tabs.add(t("meetings.tab.meetings"), meetingsTab);
        tabs.add(t("meetings.tab.tasks"), register);
        add(tabs);
    }

    private static String when(Meeting m) {
        return MeetingTexts.date(m.getDate()) + " " + MeetingTexts.time(m.getStartTime());
    }

    GridExport<Meeting> export() {
        return export;
    }

    TaskRegister register() {
        return register;
    }

    private void prepare() {
        try {
            Meeting prepared = service.prepare(office);
            Notifications.success(t("meetings.prepared", prepared.numberLabel()));
            open(prepared);
        } catch (RuntimeException refused) {
            Notifications.showRefusal(refused);
        }
    }

    private void open(Meeting m) {
        getUI().ifPresent(ui -> ui.navigate(MeetingView.class, MeetingView.params(m.getId())));
    }

    @Override
    public String getPageTitle() {
        return t("nav.meetings");
    }
}
