package org.itaboard.measures.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import org.itaboard.base.ui.ViewHeader;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.service.YearPurpose;
import org.itaboard.fiscalyear.ui.YearInViewResolver;
import org.itaboard.fiscalyear.ui.YearSelector;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import org.itaboard.measures.domain.Measure;
import org.itaboard.measures.service.MeasureService;
import org.itaboard.measures.service.WeakItemMeasures;

/**
 * The year's weak items, lowest score first, each with its measures. Items nobody addresses yet
 * come first and stand out; the coordinator creates a measure for one with a click.
 */
@Route("weak-items")
@Menu(order = 40, icon = "vaadin:warning", title = "nav.weakItems")
@PermitAll
public class WeakItemsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final MeasureService service;
    private final YearInViewResolver inView;
    private final YearSelector yearSelect = new YearSelector(WeakItemsView.class);
    private final Span source = new Span();
    private final VerticalLayout list = new VerticalLayout();
    private FiscalYear year;

    WeakItemsView(MeasureService service, YearInViewResolver inView) {
        this.service = service;
        this.inView = inView;
        source.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        list.setPadding(false);
        add(new ViewHeader(getTranslation("nav.weakItems"), getTranslation("measures.weak.description"), yearSelect),
                source, list);
    }

    /** The weak items of the office's latest results unless the URL names a year. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        inView.resolve(event, YearPurpose.SCORES).ifPresent(resolved -> {
            yearSelect.show(resolved, inView.isOwnOffice(resolved));
            resolved.year().ifPresentOrElse(shown -> {
                year = shown;
                source.setText(shown.getSourceLabel() == null ? "" : shown.getSourceLabel());
                show(service.weakItems(shown));
            }, () -> show(List.of()));
        });
    }

    private void show(List<WeakItemMeasures> weak) {
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
        for (Measure m : w.measures()) {
            RouterLink link = new RouterLink(m.getTitle(), MeasureView.class, new RouteParameters("id", String.valueOf(m.getId())));
            HorizontalLayout row = new HorizontalLayout(link, MeasureTexts.statusCell(m, today),
                    new Span(MeasureTexts.division(m.getLeadDivision())), new Span(m.getProgress() + "%"));
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            body.add(row);
        }
        card.add(body);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.weakItems");
    }
}
