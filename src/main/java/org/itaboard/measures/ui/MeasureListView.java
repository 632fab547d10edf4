package org.itaboard.measures.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.itaboard.base.ui.SheetExport;
import org.itaboard.base.ui.ViewHeader;
import org.itaboard.division.domain.Division;
import org.itaboard.division.service.DivisionService;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.Item;
import java.util.Optional;
import org.itaboard.fiscalyear.service.YearInView;
import org.itaboard.fiscalyear.service.YearPurpose;
import org.itaboard.fiscalyear.ui.YearInViewResolver;
import org.itaboard.fiscalyear.ui.YearSelector;
import org.itaboard.measures.domain.Measure;
import org.itaboard.measures.domain.MeasureStatus;
import org.itaboard.measures.service.MeasureQuery;
import org.itaboard.measures.service.MeasureService;

/** Every measure of the office, filtered by year, item, division, status and lateness, with Excel export. */
@Route("measures")
@Menu(order = 50, icon = "vaadin:tasks", title = "nav.measures")
@PermitAll
public class MeasureListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final MeasureService service;
    private final YearInViewResolver inView;
    private final YearSelector yearSelect = new YearSelector(MeasureListView.class);
    private FiscalYear year;
    private final ComboBox<Item> item = new ComboBox<>();
    private final ComboBox<Division> division = new ComboBox<>();
    private final Select<MeasureStatus> status = new Select<>();
    private final Checkbox lateOnly = new Checkbox();
    private final MeasureGrid grid;

    MeasureListView(MeasureService service, YearInViewResolver inView, DivisionService divisions) {
        this.service = service;
        this.inView = inView;
        setSizeFull();
        grid = new MeasureGrid(service.today(), getTranslation("nav.measures"));
        grid.setSizeFull();

        item.setLabel(getTranslation("measures.item"));
        item.setItemLabelGenerator(i -> i.getCode() + " " + i.getTopic(getLocale()));
        item.setClearButtonVisible(true);
        division.setLabel(getTranslation("measures.division"));
        division.setItems(divisions.findAll());
        division.setItemLabelGenerator(d -> d.getName(getLocale()));
        division.setClearButtonVisible(true);
        status.setLabel(getTranslation("measures.status"));
        status.setItems(MeasureStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("measures.all") : MeasureTexts.status(s));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("measures.all"));
        lateOnly.setLabel(getTranslation("measures.lateOnly"));
        item.addValueChangeListener(e -> refresh());
        division.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        lateOnly.addValueChangeListener(e -> refresh());

        Anchor export = grid.export().button("measures.xlsx");
        export.setId("measures-export");
        HorizontalLayout actions = new HorizontalLayout(export);
        if (service.mayCreate()) {
            Button create = new Button(getTranslation("measures.create"), VaadinIcon.PLUS.create(),
                    e -> MeasureFormView.openNew(year == null ? null : year.getBeYear(), null));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(create);
        }
        HorizontalLayout filters = new HorizontalLayout(yearSelect, item, division, status, lateOnly);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new ViewHeader(getTranslation("nav.measures"), getTranslation("measures.description"), actions), filters, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<YearInView> resolved = inView.resolve(event, YearPurpose.WORK);
        if (resolved.isEmpty()) {
            return;
        }
        yearSelect.show(resolved.get(), inView.isOwnOffice(resolved.get()));
        year = resolved.get().year().orElse(null);
        item.setItems(year == null ? List.of() : service.items(year));
        List<String> late = event.getLocation().getQueryParameters().getParameters().getOrDefault("late", List.of());
        if (late.contains("true")) {
            lateOnly.setValue(true);
        }
        refresh();
    }

    private void refresh() {
        if (year == null) {
            grid.setItems(List.<Measure>of());
            return;
        }
        List<Measure> found = service.search(new MeasureQuery(year,
                item.getValue() == null ? null : item.getValue().getCode(), division.getValue(), status.getValue(),
                lateOnly.getValue()));
        grid.setItems(found);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.measures");
    }
}
