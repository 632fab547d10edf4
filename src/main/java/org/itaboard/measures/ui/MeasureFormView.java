package org.itaboard.measures.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.theme.lumo.LumoUtility;
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
 * Creating (coordinator) or editing a measure. A refused save keeps everything typed; when someone else saved
 * first, their changes and yours are merged field by field, and a field you both changed is shown side by side
 * for you to choose.
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
        weakness.addValueChangeListener(e -> checkMentions());
        items.addValueChangeListener(e -> checkMentions());
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
            // Refused here (the router shows the "not allowed" page), so nobody types into a form Save would refuse.
            form = service.editForm(id.get());
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
        checkMentions();
        budgetAmount.setEnabled(form.get(MeasureField.BUDGET).kind() == BudgetKind.AMOUNT);
        String description = getTranslation("measures.year") + " " + form.getFiscalYear().getBeYear()
                + (assign ? "" : " · " + getTranslation("measure.form.headNote"));
        removeAll();
        add(new ViewHeader(getPageTitle(), description, cancel, save), layout);
    }

    /**
     * A weakness that names items by code ("E13") the measure does not link: a warning under the field, and for the
     * coordinator (who assigns items) a button that links them. Unlinked, the measure does not cover those items.
     */
    private void checkMentions() {
        if (form == null) {
            return;
        }
        List<Item> unlinked = service.unlinkedMentions(form.getFiscalYear(), weakness.getValue(), items.getValue());
        if (unlinked.isEmpty()) {
            weakness.setHelperComponent(null);
            return;
        }
        String codes = unlinked.stream().map(Item::getCode).collect(java.util.stream.Collectors.joining(", "));
        Span warning = new Span(getTranslation("measure.form.unlinkedMentions", codes));
        warning.addClassNames(LumoUtility.TextColor.WARNING_CONTRAST);
        HorizontalLayout helper = new HorizontalLayout(VaadinIcon.WARNING.create(), warning);
        helper.setId("weakness-unlinked");
        helper.setAlignItems(FlexComponent.Alignment.CENTER);
        helper.setSpacing(true);
        helper.addClassNames(LumoUtility.FontSize.SMALL);
        if (!items.isReadOnly()) {
            Button link = new Button(getTranslation("measure.form.linkMentioned", codes), e -> {
                java.util.Set<Item> linked = new java.util.LinkedHashSet<>(items.getValue());
                linked.addAll(unlinked);
                items.setValue(linked);
            });
            link.setId("link-mentioned-items");
            link.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            helper.add(link);
        }
        weakness.setHelperComponent(helper);
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

    /** Whose value a field both people changed keeps. */
    private enum Choice { THEIRS, MINE }

    /**
     * Someone saved first and changed a field this person changed too (fields only one of them changed were merged
     * by the service). Per field both values side by side, and the person chooses; "keep editing" loads the current
     * values of every field they did not touch, so the next save is not refused again.
     */
    private void showConflict() {
        MeasureForm current = service.form(form.getId());
        Map<MeasureField<?>, RadioButtonGroup<Choice>> choices = new java.util.LinkedHashMap<>();
        VerticalLayout fields = new VerticalLayout();
        fields.setPadding(false);
        for (MeasureField<?> field : form.conflictsWith(current)) {
            String theirs = MeasureTexts.display(current.get(field));
            String mine = MeasureTexts.display(form.get(field));
            RadioButtonGroup<Choice> choice = new RadioButtonGroup<>(getTranslation(field.labelKey()));
            choice.setItems(Choice.values());
            choice.setItemLabelGenerator(c -> getTranslation("measure.conflict.use." + c.name(),
                    c == Choice.THEIRS ? theirs : mine));
            choice.setId("conflict-" + field.name());
            choice.setWidthFull();
            choices.put(field, choice);
            fields.add(choice);
        }
        Dialog dialog = new Dialog(getTranslation("measure.conflict.title"));
        dialog.setId("measure-conflict");
        dialog.add(new Paragraph(getTranslation("measure.conflict.text")), fields);
        dialog.setWidth("min(900px, 96vw)");
        Button saveChosen = new Button(getTranslation("measure.conflict.saveChosen"), e -> {
            if (choices.values().stream().anyMatch(RadioButtonGroup::isEmpty)) {
                choices.values().forEach(c -> c.setInvalid(c.isEmpty()));
                Notifications.error(getTranslation("measure.conflict.chooseAll"));
                return;
            }
            choices.forEach((field, choice) -> {
                if (choice.getValue() == Choice.THEIRS) {
                    form.take(field, current);
                }
            });
            form.rebaseOnto(current);
            binder.readBean(form);
            dialog.close();
            save();
        });
        saveChosen.setId("conflict-save");
        saveChosen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button keep = new Button(getTranslation("measure.conflict.keepEditing"), e -> {
            form.rebaseOnto(current);
            binder.readBean(form);
            dialog.close();
        });
        keep.setId("conflict-keep-editing");
        dialog.getFooter().add(keep, saveChosen);
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
