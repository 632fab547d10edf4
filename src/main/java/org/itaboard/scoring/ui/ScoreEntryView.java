package org.itaboard.scoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.itaboard.base.domain.BuddhistDates;
import org.itaboard.base.domain.ThaiDigits;
import org.itaboard.base.ui.Notifications;
import org.itaboard.base.ui.ViewHeader;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.Indicator;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.fiscalyear.domain.SubIndicator;
import org.itaboard.fiscalyear.service.FiscalYearService;
import org.itaboard.scoring.domain.AggregateScore;
import org.itaboard.fiscalyear.domain.Tool;
import org.itaboard.fiscalyear.service.YearPurpose;
import org.itaboard.fiscalyear.ui.YearInViewResolver;
import org.itaboard.fiscalyear.ui.YearSelector;
import org.itaboard.scoring.service.ScoreService;
import org.itaboard.scoring.service.YearScores;
import org.itaboard.offices.domain.Role;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * COORDINATOR and ADMIN enter a year's item scores row by row (Thai digits welcome) and the aggregates the report
 * prints; the ITA is recomputed after every save. Without a year it opens the current fiscal year.
 */
@Route("scores")
@Menu(order = 30, icon = "vaadin:edit", title = "nav.scores")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
public class ScoreEntryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final ScoreService scores;
    private final YearInViewResolver inView;
    private final YearSelector yearSelect = new YearSelector(ScoreEntryView.class);
    private final Span itaNow = new Span();
    private final Span toolsNow = new Span();
    private final Grid<Item> grid = new Grid<>();
    private final FormLayout publishedForm = new FormLayout();
    private final Map<String, TextField> publishedFields = new LinkedHashMap<>();
    private List<Item> items = new ArrayList<>();
    private FiscalYear year;

    ScoreEntryView(ScoreService scores, YearInViewResolver inView) {
        this.scores = scores;
        this.inView = inView;
        setSizeFull();
        itaNow.setId("ita-now");
        itaNow.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.FontWeight.BOLD);
        toolsNow.addClassNames(LumoUtility.TextColor.SECONDARY);
        Span itaLabel = new Span(getTranslation("scores.itaNow"));
        itaLabel.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Div itaCard = new Div(itaLabel, itaNow, toolsNow);
        itaCard.addClassNames("ita-card", LumoUtility.Display.FLEX, LumoUtility.AlignItems.BASELINE, LumoUtility.Gap.MEDIUM,
                LumoUtility.FlexWrap.WRAP);
        itaCard.setWidthFull();

        grid.addColumn(Item::getCode).setHeader(getTranslation("catalogue.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> i.getIndicator().getNumber() + (i.getSubIndicator() == null ? "" : " / " + i.getSubIndicator().getCode()))
                .setHeader(getTranslation("scores.indicator")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> i.getTopic(getLocale())).setHeader(getTranslation("catalogue.topic")).setFlexGrow(1)
                .setTooltipGenerator(i -> i.getTopic(getLocale()));
        grid.addComponentColumn(this::scoreField).setHeader(getTranslation("scores.score")).setKey("score")
                .setWidth("9rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();

        Button savePublished = new Button(getTranslation("scores.published.save"), e -> savePublished());
        savePublished.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publishedForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("40em", 4),
                new FormLayout.ResponsiveStep("70em", 7));
        Span help = new Span(getTranslation("scores.published.help"));
        help.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Details published = new Details(getTranslation("scores.published"), new VerticalLayout(help, publishedForm, savePublished));
        published.setWidthFull();

        add(new ViewHeader(getTranslation("nav.scores"), getTranslation("scores.description"), yearSelect), itaCard, grid,
                published);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        inView.resolve(event, YearPurpose.WORK).ifPresent(resolved -> {
            yearSelect.show(resolved, inView.isOwnOffice(resolved));
            resolved.year().ifPresent(this::show);
        });
    }

    private void show(FiscalYear shown) {
        year = shown;
        YearScores year = scores.scores(shown);
        items = new ArrayList<>(year.catalogue().items());
        grid.setItems(new ListDataProvider<>(items));
        showPublishedFields(year);
        showIta(year);
    }

    private Component scoreField(Item item) {
        TextField field = new TextField();
        field.setValue(item.getScore() == null ? "" : ScoreFormat.text(item.getScore()));
        field.setPlaceholder(getTranslation("score.none"));
        field.setAriaLabel(item.getCode());
        field.addThemeVariants(TextFieldVariant.LUMO_SMALL, TextFieldVariant.LUMO_ALIGN_RIGHT);
        field.setWidthFull();
        String css = ScoreFormat.cssClass(item.getScore());
        if (css != null) {
            field.addClassName(css);
        }
        field.addValueChangeListener(e -> saveScore(item, field));
        return field;
    }

    private void saveScore(Item item, TextField field) {
        BigDecimal score = parseScore(field);
        if (field.isInvalid()) {
            return;
        }
        try {
            replace(scores.setItemScore(item.getId(), item.getVersion(), score));
            Notifications.success(getTranslation("scores.saved", item.getCode()));
            showIta(scores.scores(year));
        } catch (OptimisticLockingFailureException conflict) {
            Notifications.showRefusal(conflict);
            replace(scores.item(item.getId()));
            showIta(scores.scores(year));
        } catch (RuntimeException refused) {
            Notifications.showRefusal(refused);
        }
    }

    /** Parses 0–100 with Thai or Arabic digits; marks the field invalid (keeping what was typed) otherwise. */
    private BigDecimal parseScore(TextField field) {
        try {
            BigDecimal score = ThaiDigits.parseNumber(field.getValue());
            boolean inRange = score == null || (score.signum() >= 0 && score.compareTo(HUNDRED) <= 0);
            field.setInvalid(!inRange);
            if (inRange) {
                return score;
            }
        } catch (IllegalArgumentException notANumber) {
            field.setInvalid(true);
        }
        field.setErrorMessage(getTranslation("scores.invalid"));
        return null;
    }

    private void replace(Item fresh) {
        items.set(items.indexOf(fresh), fresh);
        grid.getDataProvider().refreshItem(fresh);
    }

    private void showPublishedFields(YearScores year) {
        publishedForm.removeAll();
        publishedFields.clear();
        List<String> codes = new ArrayList<>(List.of("ITA", Tool.IIT.name(), Tool.EIT.name(), Tool.OIT.name()));
        year.catalogue().indicators().stream().map(Indicator::getNumber).map(n -> "IND" + n).forEach(codes::add);
        year.catalogue().subIndicators().stream().map(SubIndicator::getCode).map(c -> "SUB" + c).forEach(codes::add);
        for (String code : codes) {
            TextField field = new TextField(code);
            BigDecimal printed = year.result().aggregate(code).map(AggregateScore::published).orElse(null);
            field.setValue(printed == null ? "" : ScoreFormat.text(printed));
            field.addThemeVariants(TextFieldVariant.LUMO_ALIGN_RIGHT);
            publishedFields.put(code, field);
            publishedForm.add(field);
        }
    }

    private void savePublished() {
        YearScores before = scores.scores(year);
        try {
            for (Map.Entry<String, TextField> entry : publishedFields.entrySet()) {
                BigDecimal value = parseScore(entry.getValue());
                if (entry.getValue().isInvalid()) {
                    return;
                }
                BigDecimal old = before.result().aggregate(entry.getKey()).map(AggregateScore::published).orElse(null);
                if (!sameScore(old, value)) {
                    scores.setPublished(year, entry.getKey(), value);
                }
            }
            Notifications.success(getTranslation("action.saved"));
        } catch (RuntimeException refused) {
            Notifications.showRefusal(refused);
        }
        showIta(scores.scores(year));
    }

    private static boolean sameScore(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? Objects.equals(a, b) : a.compareTo(b) == 0;
    }

    private void showIta(YearScores year) {
        AggregateScore ita = year.result().ita();
        String grade = ScoreFormat.grade(ita.grade(), getLocale());
        itaNow.setText(ScoreFormat.text(ita.value()) + (grade.isEmpty() ? "" : " " + grade));
        itaNow.setClassName("score-good", false);
        itaNow.setClassName("score-watch", false);
        itaNow.setClassName("score-weak", false);
        if (ScoreFormat.cssClass(ita.value()) != null) {
            itaNow.addClassName(ScoreFormat.cssClass(ita.value()));
        }
        StringBuilder tools = new StringBuilder();
        for (Tool tool : Tool.values()) {
            tools.append(tools.isEmpty() ? "" : " · ").append(tool.name()).append(' ')
                    .append(ScoreFormat.text(year.result().tools().get(tool).value()));
        }
        toolsNow.setText(tools.toString());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.scores");
    }
}
