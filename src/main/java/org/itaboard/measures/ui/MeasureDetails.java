package org.itaboard.measures.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.itaboard.measures.domain.Measure;
import org.itaboard.measures.domain.MeasureField;

/** A measure's fields, label over value; the title heads the page and the items have their own section. */
class MeasureDetails extends FormLayout {

    MeasureDetails(Measure measure) {
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("700px", 2));
        for (MeasureField<?> field : MeasureField.all()) {
            if (field != MeasureField.TITLE && field != MeasureField.ITEMS) {
                add(pair(getTranslation(field.labelKey()), MeasureTexts.display(field.valueOf(measure))));
            }
        }
    }

    private static VerticalLayout pair(String label, String value) {
        Span name = new Span(label);
        name.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        Span text = new Span(value.isBlank() ? "–" : value);
        text.getStyle().set("white-space", "pre-line");
        VerticalLayout pair = new VerticalLayout(name, text);
        pair.setPadding(false);
        pair.setSpacing(false);
        return pair;
    }
}
