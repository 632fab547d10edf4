package org.itaboard.projection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.itaboard.base.domain.BuddhistDates;
import org.itaboard.base.domain.ThaiDigits;
import org.itaboard.base.ui.Notifications;
import org.itaboard.base.ui.ViewHeader;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.fiscalyear.service.YearInView;
import org.itaboard.fiscalyear.service.YearPurpose;
import org.itaboard.fiscalyear.ui.YearInViewResolver;
import org.itaboard.fiscalyear.ui.YearSelector;
import org.itaboard.offices.domain.Role;
import org.itaboard.projection.service.Projection;
import org.itaboard.projection.service.ProjectionService;
import org.itaboard.projection.service.SavedScenario;
import org.itaboard.scoring.domain.ItemCodes;
import org.itaboard.scoring.domain.ScoreProjection;
import org.itaboard.scoring.domain.WeakItem;
import org.itaboard.scoring.ui.ScoreFormat;

/**
 * The executives mark the items they expect to fix and the score each should reach, and see the ITA, tool scores and
 * grade that would follow under the year's own rules; a set of marks is saved under a name and opened again, e.g. in
 * the weekly meeting. Weak items come first. Reached from the weak items page.
 */
@Route("projection")
@RolesAllowed({Role.Names.EXECUTIVE, Role.Names.COORDINATOR, Role.Names.BMA_ANALYST})
public class ProjectionView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ProjectionService service;
    private final YearInViewResolver inView;
    private final Clock clock;
    private final YearSelector yearSelect = new YearSelector(ProjectionView.class);
    private final Span source = new Span();
    private final ProjectionSummary summary = new ProjectionSummary();
    /** What depends on the year; built anew when the page is entered again, e.g. for another year. */
    private final VerticalLayout content = new VerticalLayout();
    private Select<SavedScenario> saved;
    private TextField name;
    private Button delete;
    private Grid<Item> grid;
    /** The marked items and the score each should reach, by code: the page's state, what a save stores. */
    private final Map<String, BigDecimal> targets = new LinkedHashMap<>();
    private FiscalYear year;
    private Projection projection;
    private Set<String> weakCodes = Set.of();

    ProjectionView(ProjectionService service, YearInViewResolver inView, Clock clock) {
        this.service = service;
        this.inView = inView;
        this.clock = clock;
        setSizeFull();
        source.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        content.setPadding(false);
        content.setSizeFull();
        add(new ViewHeader(getTranslation("projection.title"), getTranslation("projection.description"), yearSelect),
                source, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        inView.resolve(event, YearPurpose.SCORES).ifPresent(resolved -> {
            yearSelect.show(resolved, inView.isOwnOffice(resolved));
            content.removeAll();
            targets.clear();
            resolved.year().ifPresentOrElse(shown -> show(resolved, shown),
                    () -> content.add(new Span(getTranslation("projection.noYear"))));
        });
    }

    private void show(YearInView resolved, FiscalYear shown) {
        year = shown;
        source.setText(shown.getSourceLabel() == null ? "" : shown.getSourceLabel());
        projection = service.project(shown, Map.of());
        weakCodes = projection.current().result().weakItems().stream().filter(WeakItem::belowThreshold)
                .map(WeakItem::code).collect(Collectors.toSet());
        content.add(summary, scenarioBar(service.mayChange(resolved.office())), markBar(), itemGrid());
        summary.show(projection);
        refreshSaved(null);
    }

    private HorizontalLayout scenarioBar(boolean mayChange) {
        saved = new Select<>();
        name = new TextField();
        delete = new Button();
        saved.setLabel(getTranslation("projection.saved"));
        saved.setId("saved-scenarios");
        saved.setWidth("22rem");
        saved.setEmptySelectionAllowed(true);
        saved.setEmptySelectionCaption(getTranslation("projection.saved.none"));
        saved.setItemLabelGenerator(s -> s == null ? getTranslation("projection.saved.none")
                : getTranslation("projection.saved.label", s.name(), s.savedBy(),
                        BuddhistDates.format(LocalDate.ofInstant(s.savedAt(), clock.getZone()), getLocale())));
        saved.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                open(e.getValue());
            }
        });
        HorizontalLayout bar = new HorizontalLayout(saved);
        if (mayChange) {
            name.setLabel(getTranslation("projection.name"));
            name.setId("scenario-name");
            name.setMaxLength(200);
            name.setWidth("18rem");
            Button save = new Button(getTranslation("projection.save"), VaadinIcon.DOWNLOAD_ALT.create());
            save.setId("save-scenario");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> saveScenario());
            delete.setText(getTranslation("projection.delete"));
            delete.setId("delete-scenario");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.addClickListener(e -> deleteScenario());
            delete.setEnabled(false);
            bar.add(name, save, delete);
        }
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassNames(LumoUtility.FlexWrap.WRAP);
        return bar;
    }

    private HorizontalLayout markBar() {
        Button markWeak = new Button(getTranslation("projection.markWeak", weakCodes.size()), VaadinIcon.CHECK_SQUARE_O.create(),
                e -> {
                    projection.current().catalogue().items().stream().filter(i -> weakCodes.contains(i.getCode()))
                            .forEach(i -> targets.put(i.getCode(), defaultTarget(i)));
                    changed(true);
                });
        markWeak.setId("mark-weak");
        markWeak.setEnabled(!weakCodes.isEmpty());
        Button clear = new Button(getTranslation("projection.clear"), VaadinIcon.ERASER.create(), e -> {
            targets.clear();
            changed(true);
        });
        clear.setId("clear-marks");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Span help = new Span(getTranslation("projection.help", ScoreFormat.text(year.getWeakThreshold())));
        help.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        HorizontalLayout bar = new HorizontalLayout(markWeak, clear, help);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.addClassNames(LumoUtility.FlexWrap.WRAP);
        return bar;
    }

    private Grid<Item> itemGrid() {
        grid = new Grid<>();
        grid.addComponentColumn(this::markBox).setHeader(getTranslation("projection.fix")).setKey("fix")
                .setWidth("6rem").setFlexGrow(0);
        grid.addColumn(Item::getCode).setHeader(getTranslation("projection.code")).setKey("code").setWidth("6rem")
                .setFlexGrow(0);
        grid.addColumn(i -> i.getTopic(getLocale())).setHeader(getTranslation("projection.topic")).setFlexGrow(1)
                .setTooltipGenerator(i -> i.getTopic(getLocale()));
        grid.addComponentColumn(i -> ScoreFormat.span(i.getScore())).setHeader(getTranslation("projection.current"))
                .setWidth("7rem").setFlexGrow(0);
        grid.addComponentColumn(this::targetField).setHeader(getTranslation("projection.target")).setKey("target")
                .setWidth("9rem").setFlexGrow(0);
        grid.setPartNameGenerator(i -> weakCodes.contains(i.getCode()) ? "weak-row" : null);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setId("projection-items");
        List<Item> items = new ArrayList<>(projection.current().catalogue().items());
        // Weak items first, lowest first as on the weak items page; then the rest in catalogue order.
        Map<String, Integer> weakOrder = new LinkedHashMap<>();
        projection.current().result().weakItems().forEach(w -> weakOrder.put(w.code(), weakOrder.size()));
        items.sort(Comparator.comparing((Item i) -> weakOrder.getOrDefault(i.getCode(), Integer.MAX_VALUE))
                .thenComparing(i -> i.getTool().ordinal()).thenComparing(Item::getCode, ItemCodes.NATURAL_ORDER));
        grid.setItems(items);
        grid.setMinHeight("24rem");
        grid.setHeightFull();
        return grid;
    }

    private Checkbox markBox(Item item) {
        Checkbox box = new Checkbox(targets.containsKey(item.getCode()));
        box.setId("fix-" + item.getCode());
        box.setAriaLabel(getTranslation("projection.fix") + " " + item.getCode());
        box.addValueChangeListener(e -> {
            if (e.getValue()) {
                targets.put(item.getCode(), defaultTarget(item));
            } else {
                targets.remove(item.getCode());
            }
            changed(true);
        });
        return box;
    }

    private TextField targetField(Item item) {
        TextField field = new TextField();
        field.setId("target-" + item.getCode());
        field.addThemeVariants(TextFieldVariant.LUMO_SMALL, TextFieldVariant.LUMO_ALIGN_RIGHT);
        field.setWidthFull();
        BigDecimal target = targets.get(item.getCode());
        field.setEnabled(target != null);
        field.setValue(target == null ? "" : target.stripTrailingZeros().toPlainString());
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        field.addValueChangeListener(e -> {
            if (!targets.containsKey(item.getCode())) {
                return;
            }
            BigDecimal score = parse(e.getValue());
            if (score == null) {
                field.setInvalid(true);
                field.setErrorMessage(getTranslation("projection.error.range", item.getCode()));
                return;
            }
            field.setInvalid(false);
            targets.put(item.getCode(), score);
            changed(false);
        });
        return field;
    }

    /** A score typed with Arabic or Thai digits, or null when it is not a number from 0 to 100. */
    private static BigDecimal parse(String text) {
        try {
            BigDecimal value = ThaiDigits.parseNumber(text);
            return value != null && value.signum() >= 0 && value.compareTo(new BigDecimal("100")) <= 0 ? value : null;
        } catch (IllegalArgumentException notANumber) {
            return null;
        }
    }

    private BigDecimal defaultTarget(Item item) {
        return ScoreProjection.defaultTarget(item.getTool(), year.rules());
    }

    /** Projects the marks again; {@code redrawRows} when the marks changed, not while a target is typed. */
    private void changed(boolean redrawRows) {
        try {
            projection = service.project(year, targets);
            summary.show(projection);
        } catch (RuntimeException refused) {
            Notifications.showRefusal(refused);
        }
        if (redrawRows) {
            grid.getDataProvider().refreshAll();
        }
    }

    private void open(SavedScenario scenario) {
        targets.clear();
        targets.putAll(scenario.projection().targets());
        name.setValue(scenario.name());
        delete.setEnabled(true);
        changed(true);
    }

    private void saveScenario() {
        try {
            SavedScenario stored = service.save(year, name.getValue(), targets);
            Notifications.success(getTranslation("projection.saved.done", stored.name()));
            refreshSaved(stored.id());
        } catch (RuntimeException refused) {
            Notifications.showRefusal(refused);
        }
    }

    private void deleteScenario() {
        SavedScenario chosen = saved.getValue();
        if (chosen == null) {
            return;
        }
        try {
            service.delete(chosen.id());
            Notifications.success(getTranslation("projection.deleted", chosen.name()));
            refreshSaved(null);
        } catch (RuntimeException refused) {
            Notifications.showRefusal(refused);
        }
    }

    private void refreshSaved(Long chosenId) {
        List<SavedScenario> all = service.scenarios(year);
        saved.setItems(all);
        SavedScenario chosen = all.stream().filter(s -> s.id().equals(chosenId)).findFirst().orElse(null);
        saved.setValue(chosen);
        delete.setEnabled(chosen != null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("projection.title");
    }
}
