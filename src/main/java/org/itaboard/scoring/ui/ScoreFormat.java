package org.itaboard.scoring.ui;

import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.Locale;
import org.itaboard.fiscalyear.domain.Grade;

/** How every page shows a score: two decimals, coloured against the pass mark 85 and the excellent band 95. */
public final class ScoreFormat {

    private static final BigDecimal PASS = new BigDecimal("85");
    private static final BigDecimal EXCELLENT = new BigDecimal("95");

    private ScoreFormat() {
    }

    /** "96.15", or a dash for "not scored" (never 0). */
    public static String text(BigDecimal score) {
        return score == null ? "—" : score.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** A tool's weight as a plain number, "30" for 30.00 (the database keeps two decimals). */
    public static String weight(BigDecimal weight) {
        return weight.stripTrailingZeros().toPlainString();
    }

    /** score-weak below 85, score-watch up to 94.99, score-good from 95; none for no score. */
    public static String cssClass(BigDecimal score) {
        if (score == null) {
            return null;
        }
        return score.compareTo(PASS) < 0 ? "score-weak" : score.compareTo(EXCELLENT) < 0 ? "score-watch" : "score-good";
    }

    public static Span span(BigDecimal score) {
        Span span = new Span(text(score));
        String css = cssClass(score);
        if (css != null) {
            span.addClassName(css);
        }
        return span;
    }

    /** The grade in the UI language: the letter for seven grades, the level's words for five levels. */
    public static String grade(Grade grade, Locale locale) {
        if (grade == null) {
            return "";
        }
        return locale != null && "en".equals(locale.getLanguage()) && grade.scheme() == org.itaboard.fiscalyear.domain.GradeScheme.FIVE_LEVELS
                ? grade.labelEn() : grade.labelTh();
    }
}
