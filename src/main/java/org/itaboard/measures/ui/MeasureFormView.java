package org.itaboard.measures.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.itaboard.base.ui.BuddhistDatePicker;
import org.itaboard.base.ui.Notifications;
import org.itaboard.base.ui.ViewHeader;
import org.itaboard.division.domain.Division;
import org.itaboard.division.service.DivisionService;
import org.itaboard.fiscalyear.domain.Item;
import java.util.Optional;
import org.itaboard.fiscalyear.service.YearInView;
import org.itaboard.fiscalyear.service.YearPurpose;
import org.itaboard.fiscalyear.ui.YearInViewResolver;
import org.itaboard.measures.domain.Budget;
import org.itaboard.measures.domain.BudgetKind;
import org.itaboard.measures.domain.Comparator;
import org.itaboard.measures.domain.Frequency;
import org.itaboard.measures.domain.Kpi;
import org.itaboard.measures.domain.Measure;
import org.itaboard.measures.domain.MeasureField;
import org.itaboard.measures.domain.MeasureForm;
import org.itaboard.measures.service.MeasureService;
import org.itaboard.offices.domain.Role;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Creating (coordinator) or editing a measure. A refused save keeps everything typed; when someone
 * else saved first, a dialog shows their values next to yours and lets you save yours over them.
 */
@Route("measure-form/:id?")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.DIVISION_HEAD})
public class MeasureFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MeasureService service;
    private final YearInViewResolver inView;
    private final Binder<MeasureForm> binder = new Binder<>();
    private final TextArea title = new TextArea();
    private final MultiSelectComboBox<Item> items = new MultiSelectComboBox<>();
    private final TextArea weakness = new TextArea();
    private final TextArea activity = new TextArea();
    private final TextArea expectedOutput = new TextArea();
    private final TextField channels = new TextField();
    private final ComboBox<Division> leadDivision = new ComboBox<>();
    private final MultiSelectComboBox<Division> supportingDivisions = new MultiSelectComboBox<>();
    private final TextField owner = new TextField();
    private final TextField monitor = new TextField();
    private final Select<Frequency> frequency = new Select<>();
    private final BuddhistDatePicker startDate = new BuddhistDatePicker("");
    private final BuddhistDatePicker dueDate = new BuddhistDatePicker("");
    private final RadioButtonGroup<BudgetKind> budgetKind = new RadioButtonGroup<>();
    private final TextField budgetAmount = new TextField();
    private final Select<Comparator> kpiComparator = new Select<>();
    private final TextField kpiTarget = new TextField();
    private final TextField kpiUnit = new TextField();
    private final TextArea result = new TextArea();
    private final TextArea problems = new TextArea();
    private final TextArea recommendations = new TextArea();
    private final Button save = new Button();
    private final Button cancel = new Button();
    private final FormLayout layout = new FormLayout();
    private MeasureForm form;

    MeasureFormView(MeasureService service, YearInViewResolver inView, DivisionService divisions) {
        this.service = service;
        this.inView = inView;
        label(title, "title");
        label(items, "items");
        label(weakness, "weakness");
        label(activity, "activity");
        label(expectedOutput, "expectedOutput");
        label(channels, "channels");
        label(leadDivision, "leadDivision");
        label(supportingDivisions, "supportingDivisions");
        label(owner, "owner");
        label(monitor, "monitor");
        label(frequency, "frequency");
        label(startDate, "startDate");
        label(dueDate, "dueDate");
        label(budgetKind, "budgetKind");
        label(budgetAmount, "budgetAmount");
        label(kpiComparator, "kpiComparator");
        label(kpiTarget, "kpiTarget");
        label(kpiUnit, "kpiUnit");
        label(result, "result");
        label(problems, "problems");
        label(recommendations, "recommendations");
        items.setItemLabelGenerator(i -> i.getCode() + " " + i.getTopic(getLocale()));
        List<Division> active = divisions.findActive();
        leadDivision.setItems(active);
        leadDivision.setItemLabelGenerator(d -> d.getName(getLocale()));
        supportingDivisions.setItems(active);
        supportingDivisions.setItemLabelGenerator(d -> d.getName(getLocale()));
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(f -> getTranslation("measure.frequency." + f.name()));
        budgetKind.setItems(BudgetKind.values());
        budgetKind.setItemLabelGenerator(k -> getTranslation("measure.budget." + k.name()));
        budgetKind.addValueChangeListener(e -> budgetAmount.setEnabled(e.getValue() == BudgetKind.AMOUNT));
        kpiComparator.setItems(Comparator.values());
        kpiComparator.setItemLabelGenerator(c -> c == null ? "" : c.symbol());
        kpiComparator.setEmptySelectionAllowed(true);
        kpiComparator.setWidth("6em");
        budgetAmount.setSuffixComponent(new Span("บาท"));

        String numberError = getTranslation("measure.form.numberInvalid");
        bind(binder.forField(title).asRequired(getTranslation("measure.form.titleRequired")), MeasureField.TITLE);
        bind(binder.forField(items), MeasureField.ITEMS);
        bind(binder.forField(weakness), MeasureField.WEAKNESS);
        bind(binder.forField(activity), MeasureField.ACTIVITY);
        bind(binder.forField(expectedOutput), MeasureField.EXPECTED_OUTPUT);
        bind(binder.forField(channels), MeasureField.CHANNELS);
        bind(binder.forField(leadDivision), MeasureField.LEAD_DIVISION);
        bind(binder.forField(supportingDivisions), MeasureField.SUPPORTING_DIVISIONS);
        bind(binder.forField(owner), MeasureField.OWNER);
        bind(binder.forField(monitor), MeasureField.MONITOR);
        bind(binder.forField(frequency).asRequired(), MeasureField.FREQUENCY);
        bind(binder.forField(startDate), MeasureField.START_DATE);
        bind(binder.forField(dueDate), MeasureField.DUE_DATE);
        bind(binder.forField(budgetKind).asRequired(), MeasureField.BUDGET, Budget::kind, Budget::withKind);
        bind(binder.forField(budgetAmount).withConverter(new ThaiNumberConverter(numberError)), MeasureField.BUDGET,
                Budget::amount, Budget::withAmount);
        bind(binder.forField(kpiComparator), MeasureField.KPI, Kpi::comparator, Kpi::withComparator);
        bind(binder.forField(kpiTarget).withConverter(new ThaiNumberConverter(numberError)), MeasureField.KPI,
                Kpi::target, Kpi::withTarget);
        bind(binder.forField(kpiUnit), MeasureField.KPI, Kpi::unit, Kpi::withUnit);
        bind(binder.forField(result), MeasureField.RESULT);
        bind(binder.forField(problems), MeasureField.PROBLEMS);
        bind(binder.forField(recommendations), MeasureField.RECOMMENDATIONS);

        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        layout.add(title, 2);
        layout.add(items, 2);
        layout.add(weakness, activity, expectedOutput, channels, leadDivision, supportingDivisions, owner, monitor,
                frequency, new HorizontalLayout(startDate, dueDate), budgetKind, budgetAmount);
        HorizontalLayout kpi = new HorizontalLayout(kpiComparator, kpiTarget, kpiUnit);
        kpi.setFlexGrow(1, kpiUnit);
        layout.add(kpi, 2);
        layout.add(result, problems, recommendations);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.setId("measure-save");
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> back());
        setMaxWidth("1100px");
    }

    /** Opens the form for a new measure of {@code beYear}, with {@code itemCode} already linked. */
    static void openNew(Integer beYear, String itemCode) {
        Map<String, String> params = new java.util.HashMap<>();
        if (beYear != null) {
            params.put("year", String.valueOf(beYear));
        }
        if (itemCode != null) {
            params.put("item", itemCode);
        }
        UI.getCurrent().navigate("measure-form", QueryParameters.simple(params));
    }

    static void openEdit(Long id) {
        UI.getCurrent().navigate(MeasureFormView.class, new RouteParameters("id", String.valueOf(id)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("id");
        if (id.isPresent()) {
            form = service.form(id.get());
        } else {
            Map<String, List<String>> q = event.getLocation().getQueryParameters().getParameters();
            Optional<YearInView> resolved = inView.resolve(event, YearPurpose.WORK);
            if (resolved.isEmpty()) {
                return;
            }
            if (resolved.get().year().isEmpty()) {
                event.forwardTo(MeasureListView.class);
                return;
            }
            form = service.newForm(resolved.get().requireYear(), q.getOrDefault("item", List.of()));
        }
        items.setItems(service.items(form.getFiscalYear()));
        boolean assign = service.mayCreate();
        items.setReadOnly(!assign);
        leadDivision.setReadOnly(!assign);
        supportingDivisions.setReadOnly(!assign);
        binder.readBean(form);
        budgetAmount.setEnabled(form.get(MeasureField.BUDGET).kind() == BudgetKind.AMOUNT);
        String description = getTranslation("measures.year") + " " + form.getFiscalYear().getBeYear()
                + (assign ? "" : " · " + getTranslation("measure.form.headNote"));
        removeAll();
        add(new ViewHeader(getPageTitle(), description, cancel, save), layout);
    }

    private void save() {
        try {
            binder.writeBean(form);
        } catch (ValidationException invalid) {
            return; // the binder marks the fields; what was typed stays in them
        }
        try {
            Measure saved = service.save(form);
            Notifications.success(getTranslation("action.saved"));
            UI.getCurrent().navigate(MeasureView.class, new RouteParameters("id", String.valueOf(saved.getId())));
        } catch (OptimisticLockingFailureException changed) {
            showConflict();
        } catch (RuntimeException refused) {
            Notifications.showRefusal(refused);
        }
    }

    /** Someone saved first: their values next to ours; ours stay in the form either way. */
    private void showConflict() {
        MeasureForm current = service.form(form.getId());
        Map<String, String> theirs = current.describe();
        Map<String, String> mine = form.describe();
        List<String[]> rows = new ArrayList<>();
        theirs.forEach((field, value) -> {
            if (!Objects.equals(value, mine.get(field))) {
                rows.add(new String[] {getTranslation("measure.field." + field), value, mine.get(field)});
            }
        });
        Dialog dialog = new Dialog(getTranslation("measure.conflict.title"));
        dialog.setId("measure-conflict");
        Grid<String[]> diff = new Grid<>();
        diff.addColumn(r -> r[0]).setHeader(getTranslation("measure.conflict.field")).setAutoWidth(true);
        diff.addColumn(r -> r[1]).setHeader(getTranslation("measure.conflict.current"));
        diff.addColumn(r -> r[2]).setHeader(getTranslation("measure.conflict.yours"));
        diff.setItems(rows);
        diff.setAllRowsVisible(true);
        dialog.add(new Paragraph(getTranslation("measure.conflict.text")), diff);
        dialog.setWidth("min(900px, 96vw)");
        Button overwrite = new Button(getTranslation("measure.conflict.overwrite"), e -> {
            form.setVersion(current.getVersion());
            dialog.close();
            save();
        });
        overwrite.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button keep = new Button(getTranslation("measure.conflict.keepEditing"), e -> dialog.close());
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(overwrite, keep);
        dialog.open();
    }

    private void back() {
        if (form != null && form.getId() != null) {
            UI.getCurrent().navigate(MeasureView.class, new RouteParameters("id", String.valueOf(form.getId())));
        } else {
            UI.getCurrent().navigate(MeasureListView.class);
        }
    }

    private static <T> void bind(Binder.BindingBuilder<MeasureForm, T> binding, MeasureField<T> field) {
        binding.bind(form -> form.get(field), (form, value) -> form.set(field, value));
    }

    /** Binds one part of a field edited in parts (budget, KPI): a change replaces only that part. */
    private static <V, T> void bind(Binder.BindingBuilder<MeasureForm, T> binding, MeasureField<V> field,
            Function<V, T> part, BiFunction<V, T, V> withPart) {
        binding.bind(form -> part.apply(form.get(field)),
                (form, value) -> form.set(field, withPart.apply(form.get(field), value)));
    }

    private void label(com.vaadin.flow.component.HasLabel field, String key) {
        field.setLabel(getTranslation("measure.field." + key));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(form == null || form.getId() == null ? "measure.form.create" : "measure.form.edit");
    }
}
