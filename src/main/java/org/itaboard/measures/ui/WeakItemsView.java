package org.itaboard.measures.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import org.itaboard.base.ui.Notifications;
import org.itaboard.base.ui.SheetExport;
import org.itaboard.base.ui.ViewHeader;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.fiscalyear.domain.ItemCrosswalk;
import org.itaboard.fiscalyear.service.ItemCrosswalkService;
import org.itaboard.fiscalyear.service.YearInView;
import org.itaboard.fiscalyear.service.YearPurpose;
import org.itaboard.fiscalyear.ui.YearInViewResolver;
import org.itaboard.fiscalyear.ui.YearSelector;
import org.itaboard.measures.domain.Measure;
import org.itaboard.measures.service.MeasureService;
import org.itaboard.measures.service.WeakItemMeasures;
import org.itaboard.projection.service.ProjectionService;
import org.itaboard.projection.ui.ProjectionView;

/**
 * The year's weak items, lowest score first, each with the measures of its year and of the plan years after it that
 * address it. Items no measure of any year addresses come first and stand out; the coordinator creates a measure for
 * one with a click, and links an item to the item of a later year that asks the same under another code.
 */
@Route("weak-items")
@Menu(order = 40, icon = "vaadin:warning", title = "nav.weakItems")
@PermitAll
public class WeakItemsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final MeasureService service;
    private final ItemCrosswalkService crosswalk;
    private final YearInViewResolver inView;
    private final ProjectionService projections;
    private final YearSelector yearSelect = new YearSelector(WeakItemsView.class);
    private final RouterLink projectionLink = new RouterLink();
    private final Span source = new Span();
    private final VerticalLayout list = new VerticalLayout();
    private List<WeakItemMeasures> shown = List.of();
    private FiscalYear year;
    private List<FiscalYear> laterYears = List.of();
    private boolean mayLink;

    WeakItemsView(MeasureService service, ItemCrosswalkService crosswalk, YearInViewResolver inView,
            ProjectionService projections) {
        this.service = service;
        this.crosswalk = crosswalk;
        this.inView = inView;
        this.projections = projections;
        projectionLink.setText(getTranslation("projection.open"));
        projectionLink.setId("open-projection");
        projectionLink.setVisible(false);
        source.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        list.setPadding(false);
        Anchor export = new Anchor(SheetExport.handler("weak-items.xlsx", this::exportTable), "");
        export.add(new Button(getTranslation("export.excel"), VaadinIcon.DOWNLOAD.create()));
        export.setId("weak-items-export");
        add(new ViewHeader(getTranslation("nav.weakItems"), getTranslation("measures.weak.description"),
                projectionLink, export, yearSelect), source, list);
    }

    /** The weak items of the office's latest results unless the URL names a year. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        inView.resolve(event, YearPurpose.SCORES).ifPresent(resolved -> {
            yearSelect.show(resolved, inView.isOwnOffice(resolved));
            resolved.year().ifPresentOrElse(shown -> {
                year = shown;
                projectionLink.setVisible(projections.mayProject(resolved.office()));
                if (projectionLink.isVisible()) {
                    projectionLink.setRoute(ProjectionView.class);
                    projectionLink.setQueryParameters(YearInViewResolver.query(resolved, shown.getBeYear(),
                            inView.isOwnOffice(resolved)));
                }
                laterYears = laterYears(resolved, shown);
                mayLink = crosswalk.mayChange(resolved.office());
                source.setText(shown.getSourceLabel() == null ? "" : shown.getSourceLabel());
                refresh();
            }, () -> show(List.of()));
        });
    }

    private static List<FiscalYear> laterYears(YearInView resolved, FiscalYear shown) {
        return resolved.years().stream().filter(y -> y.getBeYear() > shown.getBeYear()).toList();
    }

    private void refresh() {
        show(service.weakItems(year));
    }

    /** The cards as rows: one per weak item, its measures listed in one cell as on the card. */
    private SheetExport.Table<WeakItemMeasures> exportTable() {
        List<SheetExport.Column<WeakItemMeasures>> columns = List.of(
                new SheetExport.Column<>(getTranslation("measures.item"), w -> w.weak().code()),
                new SheetExport.Column<>(getTranslation("measures.weak.topic"),
                        w -> w.item() == null ? "" : w.item().getTopic(getLocale())),
                new SheetExport.Column<>(getTranslation("measures.weak.score"), w -> w.weak().score()),
                new SheetExport.Column<>(getTranslation("measures.weak.measures"), w -> w.uncovered()
                        ? getTranslation("measures.weak.noMeasure")
                        : w.measures().stream().map(m -> m.getFiscalYear().getBeYear() + " " + m.getTitle() + " ("
                                + MeasureTexts.status(m.getStatus()) + ", " + m.getProgress() + "%)")
                                .collect(java.util.stream.Collectors.joining("\n"))));
        return new SheetExport.Table<>(getTranslation("nav.weakItems"), columns, shown);
    }

    private void show(List<WeakItemMeasures> weak) {
        shown = weak;
        list.removeAll();
        boolean mayCreate = service.mayCreate();
        LocalDate today = service.today();
        if (weak.isEmpty()) {
            list.add(new Span(getTranslation("measures.weak.empty")));
        }
        weak.forEach(w -> list.add(card(w, mayCreate, today)));
    }

    private Div card(WeakItemMeasures w, boolean mayCreate, LocalDate today) {
        Div card = new Div();
        card.addClassName("ita-card");
        card.setId("weak-item-" + w.weak().code());
        card.setWidthFull();
        card.getStyle().set("box-sizing", "border-box");
        if (w.uncovered()) {
            card.addClassName("weak-item-uncovered");
            card.getStyle().set("border-left", "6px solid var(--lumo-error-color)")
                    .set("background", "var(--lumo-error-color-10pct)");
        }
        Span code = new Span(w.weak().code());
        code.addClassNames(LumoUtility.FontWeight.BOLD, LumoUtility.FontSize.LARGE);
        Span topic = new Span(w.item() == null ? "" : w.item().getTopic(getLocale()));
        Span score = new Span(w.weak().score().stripTrailingZeros().toPlainString());
        score.addClassNames("score-weak", LumoUtility.FontWeight.BOLD, LumoUtility.FontSize.LARGE);
        Span why = new Span(w.weak().belowThreshold()
                ? getTranslation("measures.weak.belowThreshold", year.getWeakThreshold().stripTrailingZeros().toPlainString())
                : getTranslation("measures.weak.lowestOnly", year.getLowestN()));
        why.getElement().getThemeList().add(w.weak().belowThreshold() ? "badge error" : "badge contrast");
        HorizontalLayout head = new HorizontalLayout(code, score, why, topic);
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        head.setWidthFull();
        head.setFlexGrow(1, topic);
        if (mayLink && w.item() != null && !laterYears.isEmpty()) {
            Button link = new Button(getTranslation("measures.weak.crosswalk.link"), VaadinIcon.CONNECT.create(),
                    e -> openLinkDialog(w.item()));
            link.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            link.setId("crosswalk-for-" + w.weak().code());
            head.add(link);
        }
        if (mayCreate) {
            Button create = new Button(getTranslation("measures.create"), VaadinIcon.PLUS.create(),
                    e -> MeasureFormView.openNew(year.getBeYear(), w.weak().code()));
            create.addThemeVariants(w.uncovered() ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
            create.setId("create-for-" + w.weak().code());
            head.add(create);
        }
        VerticalLayout body = new VerticalLayout(head);
        body.setPadding(false);
        body.setSpacing(false);
        if (w.uncovered()) {
            Span none = new Span(getTranslation("measures.weak.noMeasure"));
            none.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontWeight.SEMIBOLD);
            body.add(none);
        }
        w.measures().forEach(m -> body.add(measureRow(m, today)));
        w.links().forEach(l -> body.add(linkRow(l)));
        card.add(body);
        return card;
    }

    /** "2570 · title · status · lead division · 40%": the year first, since it may be a later one than the item's. */
    private HorizontalLayout measureRow(Measure m, LocalDate today) {
        Span measureYear = new Span(String.valueOf(m.getFiscalYear().getBeYear()));
        measureYear.addClassNames("weak-item-measure-year", LumoUtility.FontWeight.SEMIBOLD);
        RouterLink link = new RouterLink(m.getTitle(), MeasureView.class, new RouteParameters("id", String.valueOf(m.getId())));
        HorizontalLayout row = new HorizontalLayout(measureYear, dot(), link, dot(), MeasureTexts.statusCell(m, today));
        if (m.getLeadDivision() != null) {
            row.add(dot(), new Span(MeasureTexts.division(m.getLeadDivision())));
        }
        row.add(dot(), new Span(m.getProgress() + "%"));
        row.addClassName("weak-item-measure");
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.setSpacing(false);
        row.getStyle().set("gap", "var(--lumo-space-s)");
        return row;
    }

    /** "Linked to O16 of 2567: topic", with a remove button for the coordinator. */
    private HorizontalLayout linkRow(ItemCrosswalk entry) {
        Item to = entry.getTo();
        Span text = new Span(getTranslation("measures.weak.crosswalk.linked", to.getCode(),
                String.valueOf(to.getFiscalYear().getBeYear()), to.getTopic(getLocale())));
        text.addClassNames("weak-item-link", LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        HorizontalLayout row = new HorizontalLayout(VaadinIcon.CONNECT.create(), text);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        if (mayLink) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> unlink(entry));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("measures.weak.crosswalk.remove"));
            remove.setTooltipText(getTranslation("measures.weak.crosswalk.remove"));
            remove.setId("unlink-" + entry.getId());
            remove.addClassName("unlink-button");
            row.add(remove);
        }
        return row;
    }

    private static Span dot() {
        Span dot = new Span("·");
        dot.addClassName(LumoUtility.TextColor.SECONDARY);
        return dot;
    }

    private void openLinkDialog(Item from) {
        CrosswalkDialog dialog = new CrosswalkDialog(from.getCode(), year.getBeYear(), laterYears, service::items);
        dialog.addLinkListener(e -> {
            crosswalk.link(from, e.to());
            Notifications.success(getTranslation("measures.weak.crosswalk.added"));
            refresh();
        });
        dialog.open();
    }

    private void unlink(ItemCrosswalk entry) {
        try {
            crosswalk.unlink(entry.getId());
        } catch (RuntimeException refused) {
            Notifications.showRefusal(refused);
            return;
        }
        Notifications.success(getTranslation("measures.weak.crosswalk.removed"));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.weakItems");
    }
}
