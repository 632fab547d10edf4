package org.itaboard.measures.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.itaboard.base.domain.AuditEntry;
import org.itaboard.base.domain.FieldChange;
import org.itaboard.division.domain.Division;

/** Everything that happened to the measure, newest first: who, when, and each field's before → after. */
class HistorySection extends VerticalLayout {

    HistorySection(List<AuditEntry> entries, Map<String, Division> divisionsByCode, ZoneId zone,
            UnaryOperator<String> person) {
        setPadding(false);
        setSpacing(false);
        if (entries.isEmpty()) {
            add(new Span(getTranslation("measure.history.empty")));
        }
        for (AuditEntry entry : entries) {
            Span head = new Span(MeasureTexts.dateTime(entry.getOccurredAt(), zone) + " · " + person.apply(entry.getUsername()) + " · "
                    + getTranslation("measure.action." + entry.getAction()));
            head.addClassName(LumoUtility.FontWeight.SEMIBOLD);
            VerticalLayout lines = new VerticalLayout(head);
            lines.setPadding(false);
            lines.setSpacing(false);
            lines.getStyle().set("margin-bottom", "var(--lumo-space-s)");
            for (FieldChange change : entry.getChanges()) {
                Span line = new Span(getTranslation("measure.field." + change.field()) + ": "
                        + MeasureTexts.historyValue(change.field(), change.before(), divisionsByCode) + " → "
                        + MeasureTexts.historyValue(change.field(), change.after(), divisionsByCode));
                line.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
                line.getStyle().set("overflow-wrap", "anywhere");
                lines.add(line);
            }
            add(lines);
        }
    }
}
