package org.itaboard.scoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.Tooltip;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import org.itaboard.base.ui.GridExport;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.itaboard.base.ui.ViewHeader;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.Indicator;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.fiscalyear.domain.SubIndicator;
import org.itaboard.scoring.domain.AggregateScore;
import org.itaboard.fiscalyear.domain.Grade;
import org.itaboard.fiscalyear.domain.GradeScheme;
import org.itaboard.scoring.domain.ItemResult;
import org.itaboard.scoring.domain.WeightedScore;
import org.itaboard.fiscalyear.domain.Tool;
import org.itaboard.scoring.service.AnswerDistributionService;
import org.itaboard.fiscalyear.service.YearPurpose;
import org.itaboard.fiscalyear.ui.YearInViewResolver;
import org.itaboard.fiscalyear.ui.YearSelector;
import org.itaboard.scoring.service.ScoreService;
import org.itaboard.scoring.service.YearScores;

/**
 * A year's catalogue as a tree (tool, indicator, sub-indicator, item) with computed and printed scores side by side,
 * so a difference between the report and its own items shows at once. Without a year it opens the latest scored.
 */
@Route("catalogue")
@Menu(order = 20, icon = "vaadin:list-ol", title = "nav.catalogue")
@PermitAll
public class CatalogueView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ScoreService scores;
    private final YearInViewResolver inView;
    private final AnswerDistributionService distributions;
    private final YearSelector yearSelect = new YearSelector(CatalogueView.class);
    private final FlexLayout cards = new FlexLayout();
    private final TreeGrid<Row> grid = new TreeGrid<>();
    private final GridExport<Row> export = GridExport.of(grid, getTranslation("nav.catalogue"));

    private FiscalYear shownYear;

    CatalogueView(ScoreService scores, YearInViewResolver inView, AnswerDistributionService distributions) {
        this.scores = scores;
        this.inView = inView;
        this.distributions = distributions;
        setSizeFull();
        Button expand = new Button(getTranslation("catalogue.expandAll"), e -> grid.expandRecursively(rootsOf(grid), 3));
        Button collapse = new Button(getTranslation("catalogue.collapseAll"), e -> grid.collapseRecursively(rootsOf(grid), 3));
        expand.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        collapse.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.addClassName(LumoUtility.Gap.MEDIUM);
        cards.setWidthFull();
        configureGrid();
        Anchor download = export.button("scores.xlsx");
        download.setId("catalogue-export");
        add(new ViewHeader(getTranslation("nav.catalogue"), getTranslation("catalogue.description"), expand, collapse,
                download, yearSelect), cards, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        inView.resolve(event, YearPurpose.SCORES).ifPresent(resolved -> {
            yearSelect.show(resolved, inView.isOwnOffice(resolved));
            resolved.year().map(scores::scores).ifPresentOrElse(this::show,
                    () -> cards.add(new Span(getTranslation("catalogue.noYears"))));
        });
    }

    private void configureGrid() {
        // A fixed width: an automatic one is measured on the collapsed tree and cuts off the indented
        // item codes (four levels deep for OIT items).
        export.value(grid.addHierarchyColumn(Row::code).setHeader(getTranslation("catalogue.code")).setSortable(false)
                .setWidth("11rem").setFlexGrow(0), Row::code);
        export.value(grid.addColumn(Row::topic).setHeader(getTranslation("catalogue.topic")).setFlexGrow(1)
                .setTooltipGenerator(Row::topic), Row::topic);
        export.value(grid.addComponentColumn(r -> ScoreFormat.span(r.computed())).setHeader(getTranslation("catalogue.computed"))
                .setWidth("6.5rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END), Row::computed);
        export.value(grid.addComponentColumn(r -> ScoreFormat.span(r.published())).setHeader(getTranslation("catalogue.published"))
                .setWidth("6.5rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END), Row::published);
        export.value(grid.addComponentColumn(this::differenceBadge).setKey("difference")
                .setHeader(getTranslation("catalogue.difference")).setWidth("8rem").setFlexGrow(0),
                r -> r.mismatch() ? r.computed().subtract(r.published()) : null);
        export.value(grid.addColumn(r -> ScoreFormat.grade(r.grade(), getLocale())).setHeader(getTranslation("catalogue.grade"))
                .setWidth("5rem").setFlexGrow(0), r -> ScoreFormat.grade(r.grade(), getLocale()));
        export.value(grid.addColumn(r -> getTranslation("source." + r.source())).setHeader(getTranslation("catalogue.source"))
                .setWidth("11.5rem").setFlexGrow(0).setTooltipGenerator(r -> getTranslation("source." + r.source())),
                r -> getTranslation("source." + r.source()));
        grid.addComponentColumn(this::detailsButton).setKey("details").setWidth("3.5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.CENTER);
        // Topics wrap rather than end in "…": the IIT and EIT tool names differ only in their last word.
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
    }

    /** Item rows only: opens the item's score, grade and answer distributions. */
    private Component detailsButton(Row row) {
        if (!row.item()) {
            return new Span();
        }
        Button details = new Button(VaadinIcon.INFO_CIRCLE_O.create(), e -> new ItemDetailsDialog(row.code(), row.topic(),
                row.computed(), row.grade(), distributions.ofItem(shownYear, row.code())).open());
        details.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        details.getElement().setAttribute("aria-label", getTranslation("distributions.details.aria", row.code()));
        details.setTooltipText(getTranslation("distributions.details"));
        details.addClassName("item-details-button");
        return details;
    }

    private Component differenceBadge(Row row) {
        if (!row.mismatch()) {
            return new Span();
        }
        BigDecimal difference = row.computed().subtract(row.published());
        Span badge = new Span(getTranslation("catalogue.mismatch") + " " + (difference.signum() > 0 ? "+" : "")
                + difference.toPlainString());
        badge.getElement().getThemeList().add("badge warning");
        badge.addClassName("mismatch-badge");
        String explanation = getTranslation("catalogue.mismatch.tooltip", ScoreFormat.text(row.computed()),
                ScoreFormat.text(row.published()));
        badge.getElement().setAttribute("aria-label", explanation);
        Tooltip.forComponent(badge).setText(explanation);
        return badge;
    }

    private void show(YearScores year) {
        shownYear = year.year();
        cards.removeAll();
        AggregateScore ita = year.result().ita();
        String itaGrade = ScoreFormat.grade(ita.grade(), getLocale());
        Div itaCard = card("ITA " + year.year().getBeYear(), ita.value(), itaGrade.isEmpty() ? null
                : year.year().getGradeScheme() == GradeScheme.FIVE_LEVELS ? getTranslation("catalogue.itaLevel", itaGrade)
                : itaGrade);
        itaCard.getStyle().set("flex", "1.5 1 11em");
        cards.add(itaCard);
        for (Tool tool : Tool.values()) {
            AggregateScore score = year.result().tools().get(tool);
            Div toolCard = card(tool.name(), score.value(), getTranslation("source." + score.source()));
            WeightedScore weighted = year.result().weighted().get(tool);
            if (weighted.value() != null) {
                Span line = new Span(getTranslation("catalogue.weighted", ScoreFormat.weight(weighted.weight()),
                        ScoreFormat.text(weighted.value())));
                line.addClassNames("weighted-score", LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY,
                        LumoUtility.Display.BLOCK);
                toolCard.addComponentAtIndex(2, line); // under the score it is worked out from, above the source
            }
            cards.add(toolCard);
        }
        int mismatches = year.result().mismatches().size();
        Div mismatchCard = card(getTranslation("catalogue.mismatches"), null, mismatches == 0
                ? getTranslation("catalogue.mismatches.none")
                : String.join(", ", year.result().mismatches().stream().map(AggregateScore::code).toList()));
        Span count = new Span(String.valueOf(mismatches));
        count.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.FontWeight.BOLD,
                mismatches > 0 ? "score-watch" : "score-good");
        mismatchCard.addComponentAtIndex(1, count);
        mismatchCard.addClassName("mismatch-count");
        cards.add(mismatchCard);
        Div source = new Div(new Span(year.year().getSourceLabel() == null ? "" : year.year().getSourceLabel()));
        source.addClassNames("ita-card", "year-source", LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        source.getStyle().set("flex", "2 1 18em");
        cards.add(source);
        grid.setDataProvider(new TreeDataProvider<>(tree(year)));
        grid.expand(rootsOf(grid));
    }

    private Div card(String title, BigDecimal score, String note) {
        Span heading = new Span(title);
        heading.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Div card = new Div(heading);
        if (score != null || note == null) {
            Span value = ScoreFormat.span(score);
            value.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.FontWeight.BOLD, "card-score");
            card.add(value);
        }
        if (note != null) {
            Span line = new Span(note);
            line.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Display.BLOCK);
            card.add(line);
        }
        card.addClassNames("ita-card", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        card.getStyle().set("flex", "1 1 9em");
        return card;
    }

    private TreeData<Row> tree(YearScores year) {
        Locale locale = getLocale();
        TreeData<Row> data = new TreeData<>();
        Map<String, ItemResult> itemResults = year.itemResultsByCode();
        List<Item> items = year.catalogue().items();
        for (Tool tool : Tool.values()) {
            Row toolRow = aggregateRow(year.result().tools().get(tool), getTranslation("tool." + tool.name()));
            data.addItem(null, toolRow);
            for (Indicator indicator : year.catalogue().indicators()) {
                if (indicator.getTool() != tool) {
                    continue;
                }
                Row indicatorRow = aggregateRow(aggregate(year, "IND" + indicator.getNumber()), indicator.getName(locale));
                data.addItem(toolRow, indicatorRow);
                List<SubIndicator> subs = year.catalogue().subIndicators().stream()
                        .filter(s -> s.getCode().startsWith(indicator.getNumber() + ".")).toList();
                for (SubIndicator sub : subs) {
                    Row subRow = aggregateRow(aggregate(year, "SUB" + sub.getCode()), sub.getName(locale));
                    data.addItem(indicatorRow, subRow);
                    items.stream().filter(i -> i.getSubIndicator() != null && i.getSubIndicator().getCode().equals(sub.getCode()))
                            .forEach(i -> data.addItem(subRow, itemRow(i, itemResults.get(i.getCode()), locale)));
                }
                items.stream().filter(i -> i.getIndicator().getNumber() == indicator.getNumber() && i.getSubIndicator() == null)
                        .forEach(i -> data.addItem(indicatorRow, itemRow(i, itemResults.get(i.getCode()), locale)));
            }
        }
        return data;
    }

    private static AggregateScore aggregate(YearScores year, String code) {
        return year.result().aggregate(code).orElse(new AggregateScore(code, null, null,
                org.itaboard.scoring.domain.Source.NONE, null));
    }

    private static Row aggregateRow(AggregateScore score, String topic) {
        String code = score.code().startsWith("IND") ? score.code().substring(3)
                : score.code().startsWith("SUB") ? score.code().substring(3) : score.code();
        return new Row(code, topic, score.computed(), score.published(), score.source().name(), score.grade(),
                score.mismatch(), false);
    }

    private static Row itemRow(Item item, ItemResult result, Locale locale) {
        String topic = item.getThirdLevel() == null ? item.getTopic(locale)
                : item.getTopic(locale) + " (" + item.getThirdLevel() + ")";
        return new Row(item.getCode(), topic, item.getScore(), null, item.getScore() == null ? "UNSCORED" : "ITEM",
                result == null ? null : result.grade(), false, true);
    }

    private static List<Row> rootsOf(TreeGrid<Row> grid) {
        return ((TreeDataProvider<Row>) grid.getDataProvider()).getTreeData().getRootItems();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.catalogue");
    }

    /** One line of the tree; items carry their own score as "computed", aggregates both figures. */
    record Row(String code, String topic, BigDecimal computed, BigDecimal published, String source, Grade grade,
               boolean mismatch, boolean item) {
    }
}
