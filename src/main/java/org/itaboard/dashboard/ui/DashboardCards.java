package org.itaboard.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** The look of every dashboard card, shared by the dashboard and the features that add cards to it. */
public final class DashboardCards {

    private DashboardCards() {
    }

    /**
     * A card of the dashboard's wrapping rows; {@code flex} is its CSS flex (grow, shrink, basis), e.g.
     * {@code "1 1 24em"}, so the row decides how many cards fit side by side.
     */
    public static Div card(String className, String flex, Component... content) {
        Div card = new Div(content);
        card.addClassNames("ita-card", className, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL);
        card.getStyle().set("flex", flex).set("min-width", "0");
        return card;
    }

    public static Span title(String text) {
        Span title = new Span(text);
        title.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.FontWeight.SEMIBOLD);
        return title;
    }
}
