package org.itaboard.dashboard.ui;

import static org.itaboard.dashboard.ui.DashboardCards.card;
import static org.itaboard.dashboard.ui.DashboardCards.title;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.CellFocusEvent.GridSection;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.itaboard.base.domain.ThaiDigits;
import org.itaboard.base.ui.GridExport;
import org.itaboard.base.ui.ViewHeader;
import org.itaboard.base.ui.chart.ApexChart;
import org.itaboard.base.ui.chart.ChartOptions;
import org.itaboard.base.ui.chart.ChartSeries;
import org.itaboard.base.ui.chart.ChartType;
import org.itaboard.base.ui.chart.LegendPosition;
import org.itaboard.dashboard.service.OfficeComparisonService;
import org.itaboard.dashboard.service.OfficeRow;
import org.itaboard.dashboard.service.ScoreSpread;
import org.itaboard.fiscalyear.domain.Tool;
import org.itaboard.fiscalyear.ui.YearInViewResolver;
import org.itaboard.offices.domain.Role;
import org.itaboard.scoring.ui.ScoreFormat;

/**
 * The BMA's overview: every district office's results of one fiscal year in one sortable table, with how each
 * tool's scores spread across the offices above it. An office without results is listed as such, never as 0.
 * A row opens that office's dashboard (read-only for the analysts); the URL names the year ({@code ?year=2567}).
 */
@Route("overview")
@Menu(order = 1, icon = "vaadin:table", title = "nav.overview")
@RolesAllowed({Role.Names.BMA_ANALYST, Role.Names.SYSTEM_ADMIN})
public class OfficeComparisonView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final String[] SPREAD_COLOURS = {"#db2777", "#1f5fa8", "#15803d"};

    private final OfficeComparisonService service;
    private final Grid<OfficeRow> grid = new Grid<>();
    /** The rows in the grid's sort order: the grid is lazy, so it has no list of its own to export. */
    private final GridExport<OfficeRow> export = GridExport.of(grid, getTranslation("nav.overview"))
            .rows(() -> sorted(grid.getSortOrder().stream()
                    .flatMap(order -> order.getSorted().getSortOrder(order.getDirection())).toList()));
    private final Select<Integer> yearSelect = new Select<>();
    private final Map<String, Function<SortDirection, Comparator<OfficeRow>>> sorts = new HashMap<>();
    private List<OfficeRow> rows = List.of();
    private OfficeRow focused;

    OfficeComparisonView(OfficeComparisonService service) {
        this.service = service;
        addClassName("office-comparison");
        yearSelect.setId("overview-year");
        yearSelect.setLabel(getTranslation("year.selector"));
        yearSelect.setItemLabelGenerator(String::valueOf);
        yearSelect.setWidth("9rem");
        yearSelect.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate(OfficeComparisonView.class,
                        QueryParameters.of(YearInViewResolver.YEAR, String.valueOf(e.getValue())));
            }
        });
        buildGrid();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<Integer> years = service.beYears();
        Optional<String> asked = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault(YearInViewResolver.YEAR, List.of()).stream().filter(v -> !v.isBlank()).findFirst();
        Integer beYear;
        try {
            beYear = asked.isPresent() ? ThaiDigits.parseInteger(asked.get()) : service.defaultBeYear().orElse(null);
        } catch (IllegalArgumentException notAYear) {
            beYear = null;
        }
        if (asked.isPresent() && (beYear == null || !years.contains(beYear))) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(years, beYear);
    }

    private void show(List<Integer> years, Integer beYear) {
        removeAll();
        yearSelect.setItems(years);
        if (beYear == null) {
            add(new ViewHeader(getTranslation("nav.overview"), getTranslation("overview.noYears")));
            return;
        }
        yearSelect.setValue(beYear);
        rows = service.rows(beYear);
        grid.getDataProvider().refreshAll();
        Anchor download = export.button("offices-" + beYear + ".xlsx");
        download.setId("overview-export");
        add(new ViewHeader(getTranslation("nav.overview"), getTranslation("overview.description", String.valueOf(beYear)),
                download, yearSelect), spreadCard(beYear), grid);
    }

    private void buildGrid() {
        grid.setId("overview-grid");
        Collator byName = Collator.getInstance(getLocale());
        export.value(sortable(grid.addColumn(r -> r.office().getName(getLocale())), "office",
                direction -> Comparator.comparing((OfficeRow r) -> r.office().getName(getLocale()),
                        direction == SortDirection.ASCENDING ? byName : byName.reversed()))
                .setHeader(getTranslation("overview.office")).setFlexGrow(3).setWidth("11rem"),
                r -> r.office().getName(getLocale()));
        export.value(sortable(grid.addComponentColumn(this::itaCell), "ita", nullsLast(OfficeRow::ita))
                .setHeader(getTranslation("overview.ita")).setTooltipGenerator(this::itaTooltip)
                .setTextAlign(ColumnTextAlign.END).setWidth("7.5rem").setFlexGrow(0), OfficeRow::ita);
        export.value(sortable(grid.addColumn(r -> ScoreFormat.grade(r.grade(), getLocale())), "grade",
                nullsLast((OfficeRow r) -> r.grade() == null ? null : -r.grade().ordinal()))
                .setHeader(getTranslation("overview.grade")).setWidth("7rem").setFlexGrow(1),
                r -> ScoreFormat.grade(r.grade(), getLocale()));
        for (Tool tool : Tool.values()) {
            String key = tool.name().toLowerCase(Locale.ROOT);
            export.value(sortable(grid.addComponentColumn(r -> ScoreFormat.span(r.tool(tool))), key, nullsLast(r -> r.tool(tool)))
                    .setHeader(tool.name()).setTextAlign(ColumnTextAlign.END).setWidth("5.5rem").setFlexGrow(0),
                    r -> r.tool(tool));
        }
        count(OfficeRow::weakItems, "weakItems", "overview.weakItems");
        count(OfficeRow::weakItemsWithoutMeasure, "weakItemsWithoutMeasure", "overview.weakItemsWithoutMeasure");
        count(OfficeRow::lateMeasures, "lateMeasures", "overview.lateMeasures");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(query -> sorted(query.getSortOrders()).stream().skip(query.getOffset()).limit(query.getLimit()),
                query -> rows.size());
        grid.addItemClickListener(e -> openDashboard(e.getItem()));
        // Enter on a focused row opens it too, for those who use the keyboard.
        grid.addCellFocusListener(e -> focused = e.getSection() == GridSection.BODY ? e.getItem().orElse(null) : null);
        grid.getElement().addEventListener("keydown", e -> {
            if (focused != null) {
                openDashboard(focused);
            }
        }).setFilter("event.key === 'Enter'");
    }

    private void count(Function<OfficeRow, Integer> value, String key, String headerKey) {
        export.value(sortable(grid.addColumn(r -> Optional.ofNullable(value.apply(r)).map(String::valueOf).orElse("—")), key,
                nullsLast(value)).setHeader(getTranslation(headerKey)).setTextAlign(ColumnTextAlign.END)
                .setWidth("6rem").setFlexGrow(1), value);
    }

    private Grid.Column<OfficeRow> sortable(Grid.Column<OfficeRow> column, String key,
            Function<SortDirection, Comparator<OfficeRow>> sort) {
        sorts.put(key, sort);
        return column.setKey(key).setSortable(true).setSortProperty(key);
    }

    /** Sorts by a value either way round, offices without the value last both ways. */
    private static <V extends Comparable<? super V>> Function<SortDirection, Comparator<OfficeRow>> nullsLast(
            Function<OfficeRow, V> value) {
        return direction -> Comparator.comparing(value, Comparator.nullsLast(direction == SortDirection.ASCENDING
                ? Comparator.<V>naturalOrder() : Comparator.<V>reverseOrder()));
    }

    /** The rows in the grid's order; without one, by office name as the service lists them. */
    private List<OfficeRow> sorted(List<QuerySortOrder> orders) {
        Comparator<OfficeRow> order = orders.stream().map(o -> sorts.get(o.getSorted()).apply(o.getDirection()))
                .reduce(Comparator::thenComparing).orElse(null);
        return order == null ? rows : rows.stream().sorted(order).toList();
    }

    private Component itaCell(OfficeRow row) {
        if (row.ita() != null) {
            Span score = ScoreFormat.span(row.ita());
            score.addClassNames(LumoUtility.FontWeight.BOLD);
            return score;
        }
        if (row.hasResults()) {
            Span partial = new Span(getTranslation("overview.noIta"));
            partial.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            return partial;
        }
        Span notScored = new Span(getTranslation("overview.notScored"));
        notScored.getElement().getThemeList().add("badge contrast small");
        return notScored;
    }

    private String itaTooltip(OfficeRow row) {
        return switch (row.results()) {
            case SCORED -> null;
            case PARTLY_SCORED -> getTranslation("overview.noIta.tooltip");
            case NOT_SCORED -> getTranslation("overview.notScored.tooltip", String.valueOf(row.beYear()));
            case NO_YEAR -> getTranslation("overview.noYear.tooltip", String.valueOf(row.beYear()));
        };
    }

    /** The lowest, mean and highest ITA and tool scores of the offices that have them, against the targets. */
    private Component spreadCard(int beYear) {
        Span title = title(getTranslation("overview.spread", String.valueOf(beYear)));
        long withResults = rows.stream().filter(OfficeRow::hasResults).count();
        if (withResults == 0) {
            return card("overview-spread", "1 1 100%", title, new Span(getTranslation("overview.spread.none",
                    String.valueOf(beYear))));
        }
        List<ScoreSpread> spreads = new ArrayList<>();
        spreads.add(ScoreSpread.of("ITA", rows.stream().map(OfficeRow::ita).toList()));
        for (Tool tool : Tool.values()) {
            spreads.add(ScoreSpread.of(tool.name(), rows.stream().map(r -> r.tool(tool)).toList()));
        }
        BigDecimal lowest = spreads.stream().map(ScoreSpread::lowest).filter(Objects::nonNull).min(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
        double yMin = Math.min(80, Math.floor(lowest.doubleValue() / 10) * 10);
        ChartOptions options = ChartOptions.of(ChartType.BAR)
                .categories(spreads.stream().map(s -> getTranslation("overview.spread.category", s.code(),
                        String.valueOf(s.offices()))).toList())
                .series(series("overview.spread.lowest", spreads, ScoreSpread::lowest))
                .series(series("overview.spread.mean", spreads, ScoreSpread::mean))
                .series(series("overview.spread.highest", spreads, ScoreSpread::highest))
                .yRange(yMin, 100).yDecimals(0).legend(LegendPosition.BOTTOM).colors(SPREAD_COLOURS)
                .targetLine(85, getTranslation("dashboard.target.pass"), DashboardView.PASS_COLOUR)
                .targetLine(95, getTranslation("dashboard.target.excellent"), DashboardView.EXCELLENT_COLOUR);
        ApexChart chart = new ApexChart(options);
        chart.setId("chart-spread");
        chart.setHeight("280px");
        Span note = new Span(getTranslation("overview.spread.note", String.valueOf(withResults),
                String.valueOf(rows.size())));
        note.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        return card("overview-spread", "1 1 100%", title, chart, note);
    }

    private ChartSeries series(String nameKey, List<ScoreSpread> spreads, Function<ScoreSpread, BigDecimal> value) {
        return new ChartSeries(getTranslation(nameKey), spreads.stream().map(s -> (Number) value.apply(s)).toList());
    }

    /** The office's dashboard for this year (read-only for the analysts); its default year when it has no such year. */
    private void openDashboard(OfficeRow row) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put(YearInViewResolver.OFFICE, row.office().getCode());
        if (row.hasYear()) {
            query.put(YearInViewResolver.YEAR, String.valueOf(row.beYear()));
        }
        UI.getCurrent().navigate(DashboardView.class, QueryParameters.simple(query));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.overview");
    }
}
