package org.itaboard.measures.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.itaboard.measures.domain.Evidence;
import org.itaboard.measures.domain.ProgressUpdate;

/** The progress reports, newest first, each with the evidence attached to it. */
class TimelineSection extends VerticalLayout {

    TimelineSection(List<ProgressUpdate> updates, Function<Evidence, Component> evidenceCard,
            UnaryOperator<String> person) {
        setPadding(false);
        setId("progress-timeline");
        if (updates.isEmpty()) {
            add(new Span(getTranslation("measure.timeline.empty")));
        }
        for (ProgressUpdate update : updates) {
            VerticalLayout entry = entry(update, person);
            if (update.getEvidence() != null) {
                entry.add(evidenceCard.apply(update.getEvidence()));
            }
            add(entry);
        }
    }

    private VerticalLayout entry(ProgressUpdate update, UnaryOperator<String> person) {
        Span when = new Span(MeasureTexts.date(update.getReportedOn()));
        when.addClassName(LumoUtility.FontWeight.SEMIBOLD);
        Span who = new Span(MeasureTexts.division(update.getDivision()) + " · "
                + getTranslation("progress.by", person.apply(update.getAuthor())));
        who.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        Span progress = new Span(update.getProgress() + "%");
        progress.getElement().getThemeList().add("badge");
        HorizontalLayout head = new HorizontalLayout(when, progress, who);
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        Span text = new Span(update.getText());
        text.getStyle().set("white-space", "pre-line");
        VerticalLayout entry = new VerticalLayout(head, text);
        entry.setSpacing(false);
        entry.getStyle().set("border-left", "3px solid var(--lumo-primary-color)").set("padding", "0 0 0 var(--lumo-space-m)");
        return entry;
    }
}
