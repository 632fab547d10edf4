package org.itaboard.projection.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.math.BigDecimal;
import org.itaboard.fiscalyear.domain.Grade;
import org.itaboard.fiscalyear.domain.Tool;
import org.itaboard.projection.service.Projection;
import org.itaboard.scoring.domain.AggregateScore;
import org.itaboard.scoring.domain.ScoreResult;
import org.itaboard.scoring.ui.ScoreFormat;

/**
 * A projection at a glance: the ITA with its grade and each tool, as it is now and as it would be, large enough for
 * the meeting-room screen. The projection page shows it above its items; a meeting page can show a saved scenario's.
 */
public class ProjectionSummary extends Div {

    public ProjectionSummary() {
        addClassNames("projection-summary", LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);
        setWidthFull();
    }

    public ProjectionSummary(Projection projection) {
        this();
        show(projection);
    }

    /** Shows another projection in place of the current one. */
    public final void show(Projection projection) {
        removeAll();
        ScoreResult now = projection.current().result();
        ScoreResult then = projection.projected();
        Div ita = figure("ITA", now.ita(), then.ita());
        Span grade = new Span(grade(now.ita().grade()) + " → " + grade(then.ita().grade()));
        grade.setId("projected-grade");
        grade.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD);
        ita.add(grade);
        ita.getStyle().set("flex", "2 1 16em");
        add(ita);
        for (Tool tool : Tool.values()) {
            add(figure(tool.name(), now.tools().get(tool), then.tools().get(tool)));
        }
    }

    private Div figure(String code, AggregateScore now, AggregateScore then) {
        Span title = new Span(code);
        title.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.TextColor.SECONDARY);
        Span before = new Span(getTranslation("projection.now", ScoreFormat.text(now.value())));
        before.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Span after = ScoreFormat.span(then.value());
        after.setId("projected-" + code);
        after.addClassNames(LumoUtility.FontWeight.BOLD);
        after.getStyle().set("font-size", "ita".equalsIgnoreCase(code) ? "clamp(2.5rem, 5vw, 4rem)" : "2rem")
                .set("line-height", "1");
        Span change = new Span(change(now.value(), then.value()));
        change.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.FontWeight.SEMIBOLD);
        Div card = new Div(title, after, change, before);
        card.addClassNames("ita-card", "projection-figure", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.XSMALL);
        card.getStyle().set("flex", "1 1 9em").set("min-width", "0");
        return card;
    }

    /** "+3.69", or nothing when either side is not scored or nothing moves. */
    private static String change(BigDecimal now, BigDecimal then) {
        if (now == null || then == null || now.compareTo(then) == 0) {
            return "";
        }
        BigDecimal delta = then.subtract(now);
        return (delta.signum() > 0 ? "+" : "") + ScoreFormat.text(delta);
    }

    private String grade(Grade grade) {
        return grade == null ? "—" : ScoreFormat.grade(grade, getLocale());
    }
}
