package org.itaboard.scoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.Tooltip;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.itaboard.fiscalyear.domain.AnswerDistribution;
import org.itaboard.fiscalyear.domain.Grade;
import org.itaboard.fiscalyear.domain.ResponseType;
import org.itaboard.fiscalyear.domain.SubQuestionScores;

/**
 * One item of the catalogue: its score and grade and, where the report gives them, how the respondents answered
 * each sub-question. Each answer's share is a bar segment coloured by what that answer is worth (red 0 … green 100),
 * so a reverse-worded question's "least" is green like a plain question's "most".
 */
class ItemDetailsDialog extends Dialog {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    ItemDetailsDialog(String code, String topic, BigDecimal score, Grade grade, List<AnswerDistribution> distributions) {
        setHeaderTitle(getTranslation("distributions.title", code));
        setId("item-details");
        setWidth(distributions.isEmpty() ? "min(560px, 96vw)" : "min(1080px, 96vw)");
        Paragraph topicLine = new Paragraph(topic);
        topicLine.addClassNames(LumoUtility.Margin.Top.NONE, LumoUtility.FontWeight.SEMIBOLD);
        add(topicLine, summary(score, grade));
        if (distributions.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("distributions.none"));
            none.addClassNames(LumoUtility.TextColor.SECONDARY, "distributions-none");
            add(none);
        } else {
            add(table(distributions), note(score, distributions));
        }
        Button close = new Button(getTranslation("action.close"), e -> close());
        getFooter().add(close);
    }

    private Component summary(BigDecimal score, Grade grade) {
        Span label = new Span(getTranslation("distributions.score"));
        label.addClassNames(LumoUtility.TextColor.SECONDARY);
        Span value = ScoreFormat.span(score);
        value.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.FontWeight.BOLD, "item-score");
        Div line = new Div(label, value);
        String gradeText = ScoreFormat.grade(grade, getLocale());
        if (!gradeText.isEmpty()) {
            Span gradeLabel = new Span(getTranslation("distributions.grade"));
            gradeLabel.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Left.MEDIUM);
            Span gradeValue = new Span(gradeText);
            gradeValue.addClassNames(LumoUtility.FontWeight.BOLD, "item-grade");
            line.add(gradeLabel, gradeValue);
        }
        line.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.BASELINE, LumoUtility.Gap.SMALL,
                LumoUtility.Margin.Bottom.SMALL);
        return line;
    }

    private Grid<AnswerDistribution> table(List<AnswerDistribution> distributions) {
        Grid<AnswerDistribution> grid = new Grid<>();
        grid.addColumn(d -> d.getSubNo() + ". " + d.getSubtopic(getLocale()))
                .setHeader(getTranslation("distributions.column.subQuestion")).setKey("subQuestion").setFlexGrow(2);
        grid.addColumn(d -> getTranslation("distributions.type." + d.getResponseType().name()))
                .setHeader(getTranslation("distributions.column.type")).setKey("type").setWidth("10rem").setFlexGrow(0);
        grid.addComponentColumn(this::shares).setHeader(getTranslation("distributions.column.shares")).setKey("shares")
                .setFlexGrow(5);
        grid.addComponentColumn(this::subScore).setHeader(getTranslation("distributions.column.score")).setKey("score")
                .setWidth("8rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setItems(distributions);
        grid.setAllRowsVisible(true);
        grid.addClassName("distribution-table");
        return grid;
    }

    /** A stacked bar of the shares with a legend of every answer and its share beneath. */
    private Component shares(AnswerDistribution distribution) {
        ResponseType type = distribution.getResponseType();
        List<BigDecimal> shares = distribution.getShares();
        Div bar = new Div();
        bar.addClassName("distribution-bar");
        bar.getStyle().set("display", "flex").set("height", "0.875rem").set("border-radius", "var(--lumo-border-radius-s)")
                .set("overflow", "hidden").set("background", "var(--lumo-contrast-10pct)");
        Div legend = new Div();
        legend.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.FontSize.XSMALL,
                LumoUtility.Margin.Top.XSMALL);
        legend.getStyle().set("column-gap", "var(--lumo-space-s)");
        List<String> described = new ArrayList<>();
        for (int n = 1; n <= type.answerCount(); n++) {
            BigDecimal share = shares.get(n - 1) == null ? BigDecimal.ZERO : shares.get(n - 1);
            String answer = getTranslation("distributions.answer." + (type.isYesNo() ? "yesNo." : "scale.") + n);
            String text = answer + " " + percent(share);
            described.add(text);
            String colour = colour(type.valueOf(n));
            if (share.signum() > 0) {
                Div segment = new Div();
                segment.getStyle().set("width", share.min(HUNDRED).toPlainString() + "%").set("background", colour);
                segment.getElement().setAttribute("title", text);
                bar.add(segment);
            }
            Span dot = new Span();
            dot.getStyle().set("display", "inline-block").set("width", "0.6rem").set("height", "0.6rem")
                    .set("border-radius", "50%").set("background", colour).set("margin-inline-end", "0.25rem");
            Span entry = new Span(dot, new Span(text));
            entry.addClassName("distribution-answer");
            if (share.signum() == 0) {
                entry.addClassName(LumoUtility.TextColor.SECONDARY);
            }
            legend.add(entry);
        }
        bar.getElement().setAttribute("role", "img");
        bar.getElement().setAttribute("aria-label", String.join(", ", described));
        Div cell = new Div(bar, legend);
        cell.setWidthFull();
        return cell;
    }

    /** The printed score; where the shares give another figure, that one too (never in its place). */
    private Component subScore(AnswerDistribution distribution) {
        Span printed = ScoreFormat.span(distribution.getScore());
        BigDecimal implied = distribution.impliedScore();
        if (distribution.getScore() == null || implied.compareTo(distribution.getScore()) == 0) {
            return printed;
        }
        String explanation = getTranslation(distribution.scoreAgreesWithShares() ? "distributions.implied.rounding"
                : "distributions.implied.differs", ScoreFormat.text(implied), ScoreFormat.text(distribution.getScore()));
        Span fromShares = new Span(getTranslation("distributions.implied.badge", ScoreFormat.text(implied)));
        fromShares.addClassNames(LumoUtility.Display.BLOCK, "implied-score");
        if (distribution.scoreAgreesWithShares()) {
            fromShares.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        } else {
            fromShares.getElement().getThemeList().add("badge warning small");
        }
        fromShares.getElement().setAttribute("aria-label", explanation);
        Tooltip.forComponent(fromShares).setText(explanation);
        return new Div(printed, fromShares);
    }

    private Component note(BigDecimal itemScore, List<AnswerDistribution> distributions) {
        Paragraph note = new Paragraph(getTranslation("distributions.meanNote"));
        note.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Bottom.NONE,
                "distributions-note");
        BigDecimal mean = SubQuestionScores.itemScore(distributions.stream().map(AnswerDistribution::getScore).toList());
        if (mean != null && itemScore != null && mean.compareTo(itemScore) != 0) {
            Span differs = new Span(" " + getTranslation("distributions.meanDiffers", ScoreFormat.text(mean),
                    ScoreFormat.text(itemScore)));
            differs.addClassName("score-watch");
            note.add(differs);
        }
        return note;
    }

    private static String percent(BigDecimal share) {
        return share.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** Red for an answer worth 0, amber for 33.33, light green for 66.67, green for 100. */
    private static String colour(BigDecimal value) {
        int v = value.intValue();
        if (v >= 100) {
            return "var(--ita-good)";
        }
        if (v >= 66) {
            return "hsl(145, 40%, 62%)";
        }
        return v >= 33 ? "var(--ita-watch)" : "var(--ita-weak)";
    }
}
