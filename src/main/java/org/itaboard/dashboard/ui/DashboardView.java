package org.itaboard.dashboard.ui;

import static org.itaboard.dashboard.ui.DashboardCards.card;
import static org.itaboard.dashboard.ui.DashboardCards.title;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.itaboard.base.domain.BuddhistDates;
import org.itaboard.base.ui.ViewHeader;
import org.itaboard.base.ui.chart.ApexChart;
import org.itaboard.base.ui.chart.ChartOptions;
import org.itaboard.base.ui.chart.ChartSeries;
import org.itaboard.base.ui.chart.ChartType;
import org.itaboard.base.ui.chart.LegendPosition;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.Indicator;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.scoring.domain.AggregateScore;
import org.itaboard.fiscalyear.domain.Tool;
import org.itaboard.scoring.domain.WeakItem;
import org.itaboard.fiscalyear.service.FiscalYearService;
import org.itaboard.fiscalyear.service.YearInView;
import org.itaboard.fiscalyear.service.YearPurpose;
import org.itaboard.fiscalyear.ui.YearInViewResolver;
import org.itaboard.fiscalyear.ui.YearSelector;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import org.itaboard.scoring.service.ScoreService;
import org.itaboard.scoring.service.YearScores;
import org.itaboard.scoring.ui.CatalogueView;
import org.itaboard.scoring.ui.ScoreFormat;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The executive dashboard for the big screen of the weekly meeting: the latest result, this year's progress, tool,
 * trend and indicator charts against the pass mark 85 and the excellent band 95, and the weak items. Clicking a bar
 * or point opens that year's catalogue. Other features append their cards below through {@link DashboardSection}.
 */
@Route("")
@Menu(order = 0, icon = "vaadin:dashboard", title = "nav.dashboard")
@PermitAll
public class DashboardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String PASS_COLOUR = "#d97706";
    static final String EXCELLENT_COLOUR = "#15803d";
    static final String NATIONAL_COLOUR = "#64748b";
    private static final int WEAK_ITEMS_SHOWN = 10;

    private final FlexLayout scoreCards = cardRow("dashboard-scores");
    private final ScoreService scores;
    private final FiscalYearService fiscalYears;
    private final YearInViewResolver inView;
    private final ObjectProvider<DashboardSection> sections;
    private final YearSelector yearSelect = new YearSelector(DashboardView.class);
    private YearInView resolved;
    private boolean ownOffice;

    DashboardView(ScoreService scores, FiscalYearService fiscalYears, YearInViewResolver inView,
            ObjectProvider<DashboardSection> sections) {
        this.scores = scores;
        this.fiscalYears = fiscalYears;
        this.inView = inView;
        this.sections = sections;
        addClassName("dashboard");
    }

    /** The office's dashboard: its own for its users, any office's (read-only) for the BMA's analysts. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        inView.resolve(event, YearPurpose.SCORES).ifPresent(this::show);
    }

    private void show(YearInView shown) {
        resolved = shown;
        ownOffice = inView.isOwnOffice(shown);
        removeAll();
        scoreCards.removeAll();
        yearSelect.show(shown, ownOffice);
        add(new ViewHeader(getTranslation("nav.dashboard"), shown.office().getName(getLocale()), yearSelect), scoreCards);
        List<YearScores> years = scores.history(shown.office());
        Optional<YearScores> latest = shown.year().map(year -> scoresOf(year, years))
                .filter(y -> y.result().ita().value() != null
                        || y.catalogue().items().stream().anyMatch(i -> i.getScore() != null));
        int currentBe = fiscalYears.currentBeYear();
        latest.ifPresentOrElse(this::latestCard, () -> scoreCards.add(card("dashboard-latest", "1 1 18em",
                new Span(getTranslation("dashboard.noScores")))));
        currentYearCard(years.stream().filter(y -> y.year().getBeYear() == currentBe).findFirst(), currentBe);
        latest.ifPresent(this::mismatchCard);
        latest.ifPresent(this::toolChart);
        trendChart(years);
        latest.ifPresent(this::indicatorChart);
        latest.ifPresent(this::weakItems);
        FlexLayout more = cardRow("dashboard-more");
        sections.orderedStream().forEach(section -> section.cards(shown).forEach(more::add));
        if (more.getComponentCount() > 0) {
            add(more);
        }
    }

    /** The year's scores from the trend already read when it is there (a plan year is not), else read. */
    private YearScores scoresOf(FiscalYear year, List<YearScores> history) {
        return history.stream().filter(y -> y.year().getId().equals(year.getId())).findFirst()
                .orElseGet(() -> scores.scores(year));
    }

    private void latestCard(YearScores year) {
        int be = year.year().getBeYear();
        AggregateScore ita = year.result().ita();
        Span score = ScoreFormat.span(ita.value());
        score.addClassNames("dashboard-ita", LumoUtility.FontWeight.BOLD);
        score.getStyle().set("font-size", "clamp(3rem, 6vw, 5rem)").set("line-height", "1");
        Span grade = new Span(ScoreFormat.grade(ita.grade(), getLocale()));
        grade.addClassNames("dashboard-grade", LumoUtility.FontSize.XXLARGE, LumoUtility.FontWeight.SEMIBOLD);
        RouterLink title = new RouterLink(getTranslation("dashboard.latest", String.valueOf(be)), CatalogueView.class);
        title.setQueryParameters(YearInViewResolver.query(resolved, be, ownOffice));
        scoreCards.add(card("dashboard-latest", "1 1 18em", title, score, grade, sourceNote(year)));
    }

    private void currentYearCard(Optional<YearScores> current, int be) {
        Span title = title(getTranslation("dashboard.current", String.valueOf(be)));
        if (current.isEmpty()) {
            scoreCards.add(card("dashboard-current", "1 1 18em", title, new Span(getTranslation("dashboard.current.missing",
                    String.valueOf(be)))));
            return;
        }
        YearScores year = current.get();
        int total = year.catalogue().items().size();
        long scored = year.catalogue().items().stream().filter(i -> i.getScore() != null).count();
        ProgressBar progress = new ProgressBar(0, Math.max(total, 1), scored);
        Span count = new Span(getTranslation("dashboard.current.progress", scored, total));
        count.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD);
        Span ita = new Span(getTranslation("dashboard.current.ita", ScoreFormat.text(year.result().ita().value())));
        scoreCards.add(card("dashboard-current", "1 1 18em", title, count, progress, ita, sourceNote(year)));
    }

    private void mismatchCard(YearScores year) {
        List<AggregateScore> mismatches = year.result().mismatches();
        Span count = new Span(String.valueOf(mismatches.size()));
        count.addClassNames("dashboard-mismatches", LumoUtility.FontSize.XXXLARGE, LumoUtility.FontWeight.BOLD,
                mismatches.isEmpty() ? "score-good" : "score-watch");
        Span detail = new Span(mismatches.isEmpty() ? getTranslation("catalogue.mismatches.none")
                : String.join(", ", mismatches.stream().map(m -> m.code() + " " + ScoreFormat.text(m.computed()) + " / "
                        + ScoreFormat.text(m.published())).toList()));
        detail.addClassNames(LumoUtility.FontSize.SMALL);
        scoreCards.add(card("dashboard-mismatch", "1 1 14em",
                title(getTranslation("dashboard.mismatches", String.valueOf(year.year().getBeYear()))), count, detail));
    }

    private void toolChart(YearScores year) {
        int be = year.year().getBeYear();
        Number[] values = java.util.Arrays.stream(Tool.values()).map(t -> (Number) year.result().tools().get(t).value())
                .toArray(Number[]::new);
        ChartOptions options = targets(ChartOptions.of(ChartType.BAR).categories("IIT", "EIT", "OIT")
                .series("ITA " + be, values).yRange(0, 100).colors("#1f5fa8"));
        ApexChart chart = new ApexChart(options);
        chart.setId("chart-tools");
        chart.addDataPointClickListener(e -> openCatalogue(be));
        Span weighted = new Span(String.join(" · ", year.result().weighted().entrySet().stream()
                .filter(w -> w.getValue().value() != null)
                .map(w -> getTranslation("dashboard.weighted", w.getKey().name(), ScoreFormat.weight(w.getValue().weight()),
                        ScoreFormat.text(w.getValue().value())))
                .toList()));
        weighted.addClassNames("dashboard-weighted", LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        scoreCards.add(card("dashboard-tools", "1 1 24em", title(getTranslation("dashboard.tools", String.valueOf(be))),
                chart, weighted, hint()));
    }

    private void trendChart(List<YearScores> all) {
        // A year the office has no result for still shows when the national average is set: the reference line
        // runs across the years the NACC announced, the office's own lines have gaps there.
        List<YearScores> scored = all.stream().filter(y -> y.result().ita().value() != null
                || y.result().tools().values().stream().anyMatch(t -> t.value() != null)
                || y.year().getNationalAverage() != null).toList();
        if (scored.isEmpty()) {
            return;
        }
        ChartOptions options = ChartOptions.of(ChartType.LINE)
                .categories(scored.stream().map(y -> String.valueOf(y.year().getBeYear())).toList())
                .series(ChartSeries.of("ITA", values(scored, y -> y.result().ita().value())));
        for (Tool tool : Tool.values()) {
            options.series(ChartSeries.of(tool.name(), values(scored, y -> y.result().tools().get(tool).value())));
        }
        options.series(ChartSeries.of(getTranslation("dashboard.nationalAverage"),
                values(scored, y -> y.year().getNationalAverage())));
        BigDecimal lowest = scored.stream().flatMap(y -> java.util.stream.Stream.concat(java.util.stream.Stream.of(
                y.result().ita().value(), y.year().getNationalAverage()),
                y.result().tools().values().stream().map(AggregateScore::value)))
                .filter(java.util.Objects::nonNull).min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        double yMin = Math.min(80, Math.floor(lowest.doubleValue() / 10) * 10);
        ObjectNode json = targets(options.yRange(yMin, 100).markers(6).legend(LegendPosition.BOTTOM)
                .colors("#1f5fa8", "#7c3aed", "#0891b2", "#db2777", NATIONAL_COLOUR)).toJson();
        // The reference line is dashed, the office's own lines solid.
        json.putObject("stroke").putArray("dashArray").add(0).add(0).add(0).add(0).add(6);
        ApexChart chart = new ApexChart();
        chart.setOptions(json);
        chart.setId("chart-trend");
        // The listener keeps only the years' numbers: an open dashboard must not hold every year's catalogue.
        List<Integer> beYears = scored.stream().map(y -> y.year().getBeYear()).toList();
        chart.addDataPointClickListener(e -> {
            if (e.getDataPointIndex() >= 0 && e.getDataPointIndex() < beYears.size()) {
                openCatalogue(beYears.get(e.getDataPointIndex()));
            }
        });
        Div note = new Div(title(getTranslation("dashboard.trend.note")));
        scored.forEach(y -> note.add(new Div(new Span(y.year().getBeYear() + ": " + nullToEmpty(y.year().getSourceLabel())))));
        note.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY, "dashboard-trend-note");
        scoreCards.add(card("dashboard-trend", "2 1 36em", title(getTranslation("dashboard.trend")), chart, note));
    }

    private void indicatorChart(YearScores year) {
        int be = year.year().getBeYear();
        List<Indicator> indicators = year.catalogue().indicators();
        ChartOptions options = targets(ChartOptions.of(ChartType.BAR).horizontal(true)
                .categories(indicators.stream().map(i -> i.getNumber() + ". " + i.getName(getLocale())).toList())
                .series(ChartSeries.of(getTranslation("catalogue.computed"), indicators.stream()
                        .map(i -> (Number) year.result().aggregate("IND" + i.getNumber()).map(AggregateScore::value).orElse(null))
                        .toArray(Number[]::new)))
                .yRange(0, 100).colors("#0f766e"));
        ApexChart chart = new ApexChart(options);
        chart.setId("chart-indicators");
        chart.setHeight("420px");
        chart.addDataPointClickListener(e -> openCatalogue(be));
        scoreCards.add(card("dashboard-indicators", "2 1 36em",
                title(getTranslation("dashboard.indicators", String.valueOf(be))), chart));
    }

    private void weakItems(YearScores year) {
        List<WeakItem> weak = year.result().weakItems();
        String threshold = ScoreFormat.text(year.year().getWeakThreshold());
        boolean below = weak.stream().anyMatch(WeakItem::belowThreshold);
        Span kind = new Span(getTranslation(below ? "dashboard.weak.below" : "dashboard.weak.lowest", threshold));
        kind.getElement().getThemeList().add(below ? "badge error" : "badge contrast");
        Map<String, Item> items = year.itemsByCode();
        OrderedList list = new OrderedList();
        list.addClassName("dashboard-weak-list");
        for (WeakItem item : weak.subList(0, Math.min(WEAK_ITEMS_SHOWN, weak.size()))) {
            Span score = ScoreFormat.span(item.score());
            score.addClassNames(LumoUtility.FontWeight.BOLD);
            Span code = new Span(item.code() + " ");
            code.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            Item catalogued = items.get(item.code());
            Span topic = new Span(catalogued == null ? "" : catalogued.getTopic(getLocale()) + " ");
            list.add(new ListItem(code, topic, score));
        }
        scoreCards.add(card("dashboard-weak", "1 1 24em",
                title(getTranslation("dashboard.weak", String.valueOf(year.year().getBeYear()))), kind, list));
    }

    private ChartOptions targets(ChartOptions options) {
        return options.targetLine(85, getTranslation("dashboard.target.pass"), PASS_COLOUR)
                .targetLine(95, getTranslation("dashboard.target.excellent"), EXCELLENT_COLOUR);
    }

    private static Number[] values(List<YearScores> years, Function<YearScores, BigDecimal> value) {
        return years.stream().map(y -> (Number) value.apply(y)).toArray(Number[]::new);
    }

    private void openCatalogue(int be) {
        UI.getCurrent().navigate(CatalogueView.class, YearInViewResolver.query(resolved, be, ownOffice));
    }

    private Span hint() {
        Span hint = new Span(getTranslation("dashboard.clickHint"));
        hint.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        return hint;
    }

    private Span sourceNote(YearScores year) {
        Span note = new Span(nullToEmpty(year.year().getSourceLabel()));
        note.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        return note;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static FlexLayout cardRow(String className) {
        FlexLayout row = new FlexLayout();
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.addClassNames(className, LumoUtility.Gap.MEDIUM);
        row.setWidthFull();
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard");
    }
}
