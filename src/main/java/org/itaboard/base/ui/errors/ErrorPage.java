package org.itaboard.base.ui.errors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * What a user sees when a page cannot be shown: a heading and one sentence in their language, maybe a
 * reference number, and the way back to the start page. It never names a route, a class or an exception:
 * the router's own error pages do (they list every route in development mode).
 */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private final String titleKey;

    ErrorPage(String titleKey) {
        this.titleKey = titleKey;
        addClassNames(LumoUtility.Padding.XLARGE);
        setMaxWidth("720px");
        addClassName("error-page");
    }

    /** Draws the page; {@code reference} (may be null) is the number support can find in the log. */
    protected void show(String text, String reference) {
        removeAll();
        H2 heading = new H2(getTranslation(titleKey));
        heading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
        heading.setId("error-title");
        Paragraph explanation = new Paragraph(text);
        explanation.setId("error-text");
        add(VaadinIcon.WARNING.create(), heading, explanation);
        if (reference != null) {
            Paragraph ref = new Paragraph(getTranslation("error.page.reference", reference));
            ref.setId("error-reference");
            ref.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            add(ref);
        }
        add(new Anchor("", getTranslation("error.page.home")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
