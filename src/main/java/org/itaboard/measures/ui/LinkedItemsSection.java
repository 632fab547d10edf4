package org.itaboard.measures.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Comparator;
import java.util.Map;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.measures.domain.Measure;
import org.itaboard.scoring.domain.ItemResult;

/** The items a measure addresses, in catalogue order, each with its score and grade, weak ones marked. */
class LinkedItemsSection extends VerticalLayout {

    LinkedItemsSection(Measure measure, Map<String, ItemResult> resultsByCode) {
        setPadding(false);
        for (Item item : measure.getItems().stream().sorted(Comparator.comparing(Item::getSortOrder)).toList()) {
            Span code = new Span(item.getCode());
            code.addClassName(LumoUtility.FontWeight.BOLD);
            add(new HorizontalLayout(code, new Span(item.getTopic(getLocale())),
                    score(resultsByCode.get(item.getCode()), measure)));
        }
        if (measure.getItems().isEmpty()) {
            add(new Span("–"));
        }
    }

    private Span score(ItemResult result, Measure measure) {
        if (result == null || result.score() == null) {
            return new Span(getTranslation("measure.notScored"));
        }
        String grade = result.grade() == null ? ""
                : " (" + ("en".equals(getLocale().getLanguage()) ? result.grade().labelEn() : result.grade().labelTh()) + ")";
        Span score = new Span(result.score().stripTrailingZeros().toPlainString() + grade);
        score.addClassName(result.score().compareTo(measure.getFiscalYear().getWeakThreshold()) < 0 ? "score-weak" : "score-good");
        return score;
    }
}
