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
import org.itaboard.fiscalyear.service.FiscalYearService;
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
public class WeakItemsView extends VerticalLayout implements HasDynamicTitle {

    private final MeasureService service;
    private final Select<FiscalYear> year = new Select<>();
    private final VerticalLayout list = new VerticalLayout();

    WeakItemsView(MeasureService service, FiscalYearService years) {
        this.service = service;
        List<FiscalYear> all = new java.util.ArrayList<>(years.findAll());
        java.util.Collections.reverse(all);
        year.setLabel(getTranslation("measures.year"));
        year.setWidth("min(28em, 60vw)");
        year.setItems(all);
        year.setItemLabelGenerator(y -> y.getBeYear() + (y.getSourceLabel() == null ? "" : " · " + y.getSourceLabel()));
        list.setPadding(false);
        add(new ViewHeader(getTranslation("nav.weakItems"), getTranslation("measures.weak.description"), year), list);
        // The newest year with weak items is shown first; its list, once found, is drawn without asking again.
        for (FiscalYear candidate : all) {
            List<WeakItemMeasures> weak = service.weakItems(candidate.getBeYear());
            if (!weak.isEmpty()) {
                year.setValue(candidate);
                show(weak);
                break;
            }
        }
        if (year.isEmpty() && !all.isEmpty()) {
            year.setValue(all.get(0));
            show(List.of());
        }
        year.addValueChangeListener(e -> refresh());
    }

    private void refresh() {
        if (year.getValue() != null) {
            show(service.weakItems(year.getValue().getBeYear()));
        }
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
                ? getTranslation("measures.weak.belowThreshold", year.getValue().getWeakThreshold().stripTrailingZeros().toPlainString())
                : getTranslation("measures.weak.lowestOnly", year.getValue().getLowestN()));
        why.getElement().getThemeList().add(w.weak().belowThreshold() ? "badge error" : "badge contrast");
        HorizontalLayout head = new HorizontalLayout(code, score, why, topic);
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        head.setWidthFull();
        head.setFlexGrow(1, topic);
        if (mayCreate) {
            Button create = new Button(getTranslation("measures.create"), VaadinIcon.PLUS.create(),
                    e -> MeasureFormView.openNew(year.getValue().getBeYear(), w.weak().code()));
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
