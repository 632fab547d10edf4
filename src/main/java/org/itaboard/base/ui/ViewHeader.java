package org.itaboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** The title row of a page: heading and one line of explanation on the left, actions on the right. */
public class ViewHeader extends HorizontalLayout {

    public ViewHeader(String title, String description, Component... actions) {
        H2 heading = new H2(title);
        heading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
        VerticalLayout text = new VerticalLayout(heading);
        text.setPadding(false);
        text.setSpacing(false);
        if (description != null) {
            Span line = new Span(description);
            line.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            text.add(line);
        }
        HorizontalLayout actionBar = new HorizontalLayout(actions);
        actionBar.setAlignItems(FlexComponent.Alignment.CENTER);
        add(text, actionBar);
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        addClassName("view-header");
    }
}
