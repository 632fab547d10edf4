package org.itaboard.scoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.itaboard.base.domain.ThaiDigits;
import org.itaboard.base.ui.ActionDialog;
import org.itaboard.base.ui.InvalidInput;
import org.itaboard.base.ui.Notifications;
import org.itaboard.base.ui.ViewHeader;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.service.FiscalYearService;
import org.itaboard.scoring.domain.AggregateScore;
import org.itaboard.fiscalyear.domain.GradeScheme;
import org.itaboard.fiscalyear.domain.ToolAggregation;
import org.itaboard.fiscalyear.service.YearInView;
import org.itaboard.fiscalyear.service.YearPurpose;
import org.itaboard.fiscalyear.ui.YearInViewResolver;
import org.itaboard.offices.domain.Office;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import org.itaboard.scoring.service.ScoreService;
import org.itaboard.scoring.service.YearScores;
import org.itaboard.scoring.ui.CatalogueView;
import org.itaboard.scoring.ui.ScoreFormat;
import org.itaboard.offices.domain.Role;
import org.itaboard.security.service.CurrentUser;

/**
 * The fiscal years with where each one's data came from and its settings. COORDINATOR and ADMIN change the settings
 * and start a new year from an old one; everyone else reads (and the service refuses them anyway).
 */
@Route("years")
@Menu(order = 10, icon = "vaadin:calendar", title = "nav.years")
@PermitAll
public class FiscalYearsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final FiscalYearService years;
    private final ScoreService scores;
    private final YearInViewResolver inView;
    private final Grid<YearScores> grid = new Grid<>();
    private Office office;

    FiscalYearsView(FiscalYearService years, ScoreService scores, YearInViewResolver inView) {
        this.years = years;
        this.scores = scores;
        this.inView = inView;
        setSizeFull();
        grid.addColumn(y -> y.year().getBeYear()).setHeader(getTranslation("years.be")).setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(y -> y.year().getSourceLabel()).setHeader(getTranslation("years.source")).setFlexGrow(1)
                .setWidth("14rem").setTooltipGenerator(y -> y.year().getSourceLabel());
        grid.addColumn(y -> getTranslation("gradeScheme.short." + y.year().getGradeScheme())).setHeader(getTranslation("years.scheme"))
                .setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(y -> getTranslation("toolAggregation." + y.year().getToolAggregation()))
                .setHeader(getTranslation("years.aggregation")).setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(y -> ScoreFormat.text(y.year().getWeakThreshold())).setHeader(getTranslation("years.threshold"))
                .setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(y -> nationalAverage(y.year())).setHeader(getTranslation("years.nationalAverage.short"))
                .setWidth("8rem").setFlexGrow(0);
        grid.addComponentColumn(y -> ScoreFormat.span(y.result().ita().computed()))
                .setHeader(getTranslation("years.itaComputed")).setWidth("7rem").setFlexGrow(0);
        grid.addComponentColumn(y -> ScoreFormat.span(y.result().ita().published()))
                .setHeader(getTranslation("years.itaPublished")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(y -> ScoreFormat.grade(y.result().ita().grade(), getLocale())).setHeader(getTranslation("years.grade"))
                .setWidth("6.5rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        inView.resolve(event, YearPurpose.SCORES).ifPresent(this::show);
    }

    private void show(YearInView resolved) {
        office = resolved.office();
        boolean ownOffice = inView.isOwnOffice(resolved);
        boolean writer = years.mayChange(office);
        if (writer) {
            // Kept at the right edge: on a 1366 px screen the other columns scroll under it, the settings stay in reach.
            grid.addComponentColumn(this::editButton).setKey("edit").setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        }
        grid.addItemDoubleClickListener(e -> UI.getCurrent().navigate(CatalogueView.class,
                YearInViewResolver.query(resolved, e.getItem().year().getBeYear(), ownOffice)));
        Component action;
        if (writer) {
            Button copy = new Button(getTranslation("years.copy"), VaadinIcon.COPY.create(), e -> openCopyDialog());
            copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            action = copy;
        } else {
            Span readOnly = new Span(getTranslation("years.readOnly"));
            readOnly.getElement().getThemeList().add("badge contrast");
            action = readOnly;
        }
        add(new ViewHeader(getTranslation("nav.years"), getTranslation("years.description"), action), grid);
        refresh();
    }

    private Component editButton(YearScores year) {
        Button edit = new Button(getTranslation("years.edit"), VaadinIcon.COG.create(), e -> openSettings(year.year()));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        edit.setId("edit-" + year.year().getBeYear());
        return edit;
    }

    private void openSettings(FiscalYear year) {
        TextField weightIit = numberField("years.weightIit", year.getWeightIit());
        TextField weightEit = numberField("years.weightEit", year.getWeightEit());
        TextField weightOit = numberField("years.weightOit", year.getWeightOit());
        weightIit.setHelperText(getTranslation("years.weights.help"));
        Select<ToolAggregation> aggregation = new Select<>();
        aggregation.setLabel(getTranslation("years.aggregation"));
        aggregation.setItems(ToolAggregation.values());
        aggregation.setItemLabelGenerator(a -> getTranslation("toolAggregation." + a));
        aggregation.setValue(year.getToolAggregation());
        Select<GradeScheme> scheme = new Select<>();
        scheme.setLabel(getTranslation("years.scheme"));
        scheme.setItems(GradeScheme.values());
        scheme.setItemLabelGenerator(s -> getTranslation("gradeScheme." + s));
        scheme.setValue(year.getGradeScheme());
        TextField threshold = numberField("years.threshold", year.getWeakThreshold());
        threshold.setHelperText(getTranslation("years.threshold.help"));
        TextField lowestN = numberField("years.lowestN", BigDecimal.valueOf(year.getLowestN()));
        lowestN.setHelperText(getTranslation("years.lowestN.help"));
        TextField respondentsIit = numberField("years.respondentsIit", toDecimal(year.getRespondentsIit()));
        TextField respondentsEit = numberField("years.respondentsEit", toDecimal(year.getRespondentsEit()));
        TextField nationalAverage = numberField("years.nationalAverage", year.getNationalAverage());
        nationalAverage.setId("national-average");
        nationalAverage.setPlaceholder(getTranslation("years.nationalAverage.notSet"));
        nationalAverage.setHelperText(getTranslation("years.nationalAverage.help"));
        TextArea source = new TextArea(getTranslation("years.source"));
        source.setValue(year.getSourceLabel() == null ? "" : year.getSourceLabel());
        source.setMaxLength(FiscalYear.MAX_SOURCE_LABEL);
        FormLayout form = new FormLayout(weightIit, weightEit, weightOit, aggregation, scheme, threshold, lowestN,
                respondentsIit, respondentsEit, nationalAverage, source);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));
        form.setColspan(source, 3);
        ActionDialog dialog = new ActionDialog(getTranslation("years.settings", String.valueOf(year.getBeYear())),
                getTranslation("action.save"), () -> {
                    year.setWeightIit(required(weightIit));
                    year.setWeightEit(required(weightEit));
                    year.setWeightOit(required(weightOit));
                    year.setToolAggregation(aggregation.getValue());
                    year.setGradeScheme(scheme.getValue());
                    year.setWeakThreshold(required(threshold));
                    year.setLowestN(wholeNumber(lowestN));
                    year.setRespondentsIit(optionalWholeNumber(respondentsIit));
                    year.setRespondentsEit(optionalWholeNumber(respondentsEit));
                    year.setNationalAverage(optionalNumber(nationalAverage));
                    year.setSourceLabel(source.getValue().isBlank() ? null : source.getValue().strip());
                    years.save(year);
                    Notifications.success(getTranslation("action.saved"));
                }, () -> { }, form);
        dialog.setWidth("min(760px, 96vw)");
        dialog.primaryButton().setId("save-year");
        // The grid's row was edited in place: whatever happened, show what is stored once the dialog closes.
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                refresh();
            }
        });
        dialog.open();
    }

    private void openCopyDialog() {
        List<FiscalYear> existing = years.findAll(office);
        Select<FiscalYear> from = new Select<>();
        from.setLabel(getTranslation("years.copy.from"));
        from.setItemLabelGenerator(y -> String.valueOf(y.getBeYear()));
        List<FiscalYear> newestFirst = new ArrayList<>(existing);
        Collections.reverse(newestFirst);
        from.setItems(newestFirst);
        TextField to = new TextField(getTranslation("years.copy.to"));
        if (!existing.isEmpty()) {
            from.setValue(newestFirst.get(0));
            to.setValue(String.valueOf(newestFirst.get(0).getBeYear() + 1));
        }
        Span help = new Span(getTranslation("years.copy.help"));
        ActionDialog dialog = new ActionDialog(getTranslation("years.copy"), getTranslation("years.copy.submit"), () -> {
            int newYear = wholeNumber(to);
            years.copyYear(from.getValue(), newYear);
            Notifications.success(getTranslation("years.copied", String.valueOf(newYear)));
        }, this::refresh, new VerticalLayout(new FormLayout(from, to), help));
        dialog.primaryButton().setId("copy-year");
        dialog.open();
    }

    private TextField numberField(String labelKey, BigDecimal value) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setValue(value == null ? "" : value.stripTrailingZeros().toPlainString());
        return field;
    }

    private static BigDecimal toDecimal(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    /** A number (Thai digits accepted); marks the field and throws when it is empty or not a number. */
    private BigDecimal required(TextField field) {
        try {
            BigDecimal value = ThaiDigits.parseNumber(field.getValue());
            if (value != null) {
                field.setInvalid(false);
                return value;
            }
        } catch (IllegalArgumentException notANumber) {
            // marked below
        }
        return refuse(field, "number.invalid");
    }

    /** A number (Thai digits accepted) or null for an empty field; marks the field and throws when it is not a number. */
    private BigDecimal optionalNumber(TextField field) {
        if (field.getValue().isBlank()) {
            field.setInvalid(false);
            return null;
        }
        return required(field);
    }

    private String nationalAverage(FiscalYear year) {
        return year.getNationalAverage() == null ? getTranslation("years.nationalAverage.notSet")
                : ScoreFormat.text(year.getNationalAverage());
    }

    private Integer wholeNumber(TextField field) {
        Integer value = optionalWholeNumber(field);
        return value != null ? value : refuse(field, "number.invalidWhole");
    }

    private Integer optionalWholeNumber(TextField field) {
        try {
            Integer value = ThaiDigits.parseInteger(field.getValue());
            field.setInvalid(false);
            return value;
        } catch (IllegalArgumentException notWhole) {
            return refuse(field, "number.invalidWhole");
        }
    }

    private <T> T refuse(TextField field, String messageKey) {
        return InvalidInput.mark(field, getTranslation(messageKey));
    }

    private void refresh() {
        List<YearScores> newestFirst = new ArrayList<>(scores.allYears(office));
        Collections.reverse(newestFirst);
        grid.setItems(newestFirst);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.years");
    }
}
