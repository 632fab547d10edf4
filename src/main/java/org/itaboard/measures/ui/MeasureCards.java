package org.itaboard.measures.ui;

import static org.itaboard.dashboard.ui.DashboardCards.card;
import static org.itaboard.dashboard.ui.DashboardCards.title;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itaboard.base.ui.chart.ApexChart;
import org.itaboard.base.ui.chart.ChartOptions;
import org.itaboard.base.ui.chart.ChartSeries;
import org.itaboard.base.ui.chart.ChartType;
import org.itaboard.base.ui.chart.LegendPosition;
import org.itaboard.measures.domain.Measure;
import org.itaboard.measures.domain.MeasureStatus;
import org.itaboard.measures.service.LiveMeasureOverview;
import org.itaboard.measures.service.MeasureChangeBroadcaster;
import org.itaboard.measures.service.MeasureOverview;
import org.itaboard.measures.service.MeasureService;
import org.itaboard.offices.domain.Office;

/**
 * The measure cards of one open dashboard: measures by status, by lead division, the overdue work and the weak items
 * still without a measure. While on screen it follows every saved change (server push), so the meeting-room screen
 * never needs a reload. It lays its cards out as if they were the dashboard row's own ({@code display: contents}).
 */
class MeasureCards extends Div {

    static final int OVERDUE_SHOWN = 8;

    private static final Map<MeasureStatus, String> COLOURS = Map.of(
            MeasureStatus.DRAFT, "#94a3b8",
            MeasureStatus.ACTIVE, "#1f5fa8",
            MeasureStatus.DONE, "#0891b2",
            MeasureStatus.VERIFIED, "#15803d",
            MeasureStatus.CANCELLED, "#be123c");

    private final LiveMeasureOverview live;
    private final Office office;
    private MeasureChangeBroadcaster.Subscription subscription;
    /* Kept across refreshes and moved into the new cards, so a live update changes their numbers in place. */
    private ApexChart statusChart;
    private ApexChart divisionChart;

    MeasureCards(MeasureService service, LiveMeasureOverview live, Office office) {
        this.live = live;
        this.office = office;
        addClassName("dashboard-measures");
        getStyle().set("display", "contents");
        show(service.overview(office));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        subscription = live.follow(office, overview -> ui.access(() -> show(overview)));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        subscription.cancel();
        subscription = null;
        super.onDetach(detachEvent);
    }

    /** Draws all cards again from the year's overview (computed once for every open screen of the office). */
    private void show(Optional<MeasureOverview> overview) {
        removeAll();
        if (overview.isEmpty()) {
            add(card("dashboard-measures-status", "1 1 22em", title(t("nav.measures")),
                    new Span(t("dashboard.measures.noYear"))));
            return;
        }
        MeasureOverview year = overview.get();
        add(statusCard(year));
        if (!year.measures().isEmpty()) {
            add(divisionCard(year));
        }
        add(overdueCard(year));
        if (year.weakItems() > 0) {
            add(uncoveredCard(year));
        }
    }

    private Div statusCard(MeasureOverview year) {
        String be = String.valueOf(year.beYear());
        Span total = new Span(t("dashboard.measures.total", year.measures().size()));
        total.addClassNames("dashboard-measures-total", LumoUtility.FontSize.XLARGE, LumoUtility.FontWeight.BOLD);
        int lateCount = year.late().size();
        Span late = new Span(t("dashboard.measures.lateCount", lateCount));
        late.addClassName("dashboard-measures-late");
        late.getElement().getThemeList().add(lateCount > 0 ? "badge error primary" : "badge success");
        HorizontalLayout headline = new HorizontalLayout(total, late);
        headline.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (year.measures().isEmpty()) {
            return card("dashboard-measures-status", "1 1 22em", title(t("dashboard.measures.status", be)),
                    new Span(t("dashboard.measures.none", be)));
        }
        List<MeasureStatus> statuses = Arrays.asList(MeasureStatus.values());
        Map<MeasureStatus, Long> counts = year.byStatus();
        ObjectNode options = ChartOptions.of(ChartType.DONUT)
                .categories(statuses.stream().map(s -> MeasureTexts.status(s) + " (" + counts.get(s) + ")").toList())
                .series(ChartSeries.of(t("nav.measures"), statuses.stream().map(s -> (Number) counts.get(s)).toArray(Number[]::new)))
                .colors(statuses.stream().map(COLOURS::get).toArray(String[]::new))
                .dataLabels(false).legend(LegendPosition.RIGHT).toJson();
        ObjectNode labels = options.putObject("plotOptions").putObject("pie").putObject("donut").put("size", "62%")
                .putObject("labels").put("show", true);
        labels.putObject("value").put("fontSize", "2.25rem").put("fontWeight", 700);
        labels.putObject("total").put("show", true).put("showAlways", true).put("fontSize", "1rem")
                .put("label", t("dashboard.measures.all"));
        readable(options);
        statusChart = drawn(statusChart, options, "chart-measures-status");
        statusChart.setHeight("260px");
        return card("dashboard-measures-status", "1 1 26em", title(t("dashboard.measures.status", be)), headline,
                statusChart);
    }

    private Div divisionCard(MeasureOverview year) {
        List<MeasureOverview.LeadDivision> leads = year.byLeadDivision();
        List<MeasureStatus> shown = Arrays.stream(MeasureStatus.values())
                .filter(s -> leads.stream().anyMatch(l -> l.byStatus().get(s) > 0)).toList();
        ChartOptions options = ChartOptions.of(ChartType.BAR).horizontal(true).stacked(true)
                .categories(leads.stream().map(l -> l.division() == null ? t("dashboard.measures.noLead")
                        : MeasureTexts.division(l.division())).toList())
                .colors(shown.stream().map(COLOURS::get).toArray(String[]::new))
                .legend(LegendPosition.BOTTOM);
        shown.forEach(s -> options.series(ChartSeries.of(MeasureTexts.status(s),
                leads.stream().map(l -> (Number) l.byStatus().get(s)).toArray(Number[]::new))));
        ObjectNode json = options.toJson();
        ((ObjectNode) json.get("xaxis")).put("decimalsInFloat", 0);
        ((ObjectNode) json.at("/plotOptions/bar")).put("barHeight", "70%");
        json.putObject("yaxis").putObject("labels").putObject("style").put("fontSize", "14px");
        readable(json);
        divisionChart = drawn(divisionChart, json, "chart-measures-divisions");
        divisionChart.setHeight((110 + 34 * leads.size()) + "px");
        return card("dashboard-measures-divisions", "2 1 30em",
                title(t("dashboard.measures.byDivision", String.valueOf(year.beYear()))), divisionChart);
    }

    private Div overdueCard(MeasureOverview year) {
        List<Measure> late = year.late();
        Div list = new Div();
        list.setId("dashboard-overdue");
        list.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        if (late.isEmpty()) {
            Span none = new Span(t("dashboard.measures.overdue.none"));
            none.addClassName("score-good");
            list.add(none);
        }
        late.stream().limit(OVERDUE_SHOWN).forEach(m -> list.add(overdueRow(m, year.today())));
        Div card = card("dashboard-measures-overdue", "2 1 32em",
                title(t("dashboard.measures.overdue", String.valueOf(year.beYear()))), list);
        if (late.size() > OVERDUE_SHOWN) {
            RouterLink all = new RouterLink(t("dashboard.measures.overdue.more", late.size()), MeasureListView.class);
            all.setQueryParameters(QueryParameters.of("late", "true"));
            card.add(all);
        }
        return card;
    }

    private Div overdueRow(Measure m, LocalDate today) {
        RouterLink link = new RouterLink(m.getTitle(), MeasureView.class, new RouteParameters("id", String.valueOf(m.getId())));
        link.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        LocalDate since = m.overdueSince(today).orElseThrow();
        Span when = new Span(t("dashboard.measures.overdue.since", MeasureTexts.date(since), ChronoUnit.DAYS.between(since, today)));
        when.addClassNames("score-weak", LumoUtility.FontSize.SMALL);
        Span lead = new Span(m.getLeadDivision() == null ? t("dashboard.measures.noLead") : MeasureTexts.division(m.getLeadDivision()));
        lead.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        ProgressBar bar = new ProgressBar(0, 100, m.getProgress());
        bar.setWidth("6em");
        Span percent = new Span(m.getProgress() + "%");
        percent.addClassNames("dashboard-overdue-progress", LumoUtility.FontSize.SMALL, LumoUtility.FontWeight.SEMIBOLD);
        HorizontalLayout details = new HorizontalLayout(lead, when, bar, percent);
        details.setAlignItems(FlexComponent.Alignment.CENTER);
        details.addClassNames(LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.Column.MEDIUM, LumoUtility.Gap.Row.XSMALL);
        details.setSpacing(false);
        Div row = new Div(link, details);
        row.setId("overdue-" + m.getId());
        row.addClassNames("dashboard-overdue-row", LumoUtility.Padding.Bottom.SMALL, LumoUtility.Border.BOTTOM,
                LumoUtility.BorderColor.CONTRAST_10);
        return row;
    }

    private Div uncoveredCard(MeasureOverview year) {
        String be = String.valueOf(year.beYear());
        Span count = new Span(String.valueOf(year.uncoveredWeakItems()));
        count.addClassNames("dashboard-measures-uncovered", LumoUtility.FontSize.XXXLARGE, LumoUtility.FontWeight.BOLD,
                year.uncoveredWeakItems() > 0 ? "score-weak" : "score-good");
        return card("dashboard-measures-weak", "1 1 14em", title(t("dashboard.measures.uncovered", be)), count,
                new Span(t("dashboard.measures.uncovered.of", year.weakItems())),
                new RouterLink(t("dashboard.measures.uncovered.open"), WeakItemsView.class));
    }

    /**
     * The chart drawn from {@code options}: a new one the first time, afterwards the same one with the new options
     * merged in, which the browser applies without replaying the first drawing's animation.
     */
    private static ApexChart drawn(ApexChart existing, ObjectNode options, String id) {
        if (existing == null) {
            ApexChart chart = new ApexChart();
            chart.setOptions(options);
            chart.setId(id);
            return chart;
        }
        existing.updateOptions(options);
        return existing;
    }

    /** Legend and value labels large enough for the meeting-room screen. */
    private static void readable(ObjectNode options) {
        ((ObjectNode) options.get("legend")).put("fontSize", "14px");
        boolean values = options.at("/dataLabels/enabled").asBoolean(true);
        options.putObject("dataLabels").put("enabled", values).putObject("style").put("fontSize", "14px");
    }

    private static String t(String key, Object... args) {
        return MeasureTexts.t(key, args);
    }
}
