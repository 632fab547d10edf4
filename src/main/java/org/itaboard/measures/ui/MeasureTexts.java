package org.itaboard.measures.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.itaboard.base.domain.BuddhistDates;
import org.itaboard.division.domain.Division;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.measures.domain.Budget;
import org.itaboard.measures.domain.BudgetKind;
import org.itaboard.measures.domain.Frequency;
import org.itaboard.measures.domain.Kpi;
import org.itaboard.measures.domain.Measure;
import org.itaboard.measures.domain.MeasureStatus;

/** How a measure's values read on screen and in the export, in the user's language. */
final class MeasureTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private MeasureTexts() {
    }

    static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    static Locale locale() {
        return UI.getCurrent().getLocale();
    }

    static String status(MeasureStatus status) {
        return t("measure.status." + status.name());
    }

    static String date(LocalDate d) {
        return d == null ? "" : BuddhistDates.format(d, locale());
    }

    /** A moment as the office's calendar and clock show it, e.g. "31 มี.ค. 2569 14:05". */
    static String dateTime(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        return date(local.toLocalDate()) + " " + TIME.format(local);
    }

    /**
     * An audit value in the reader's language. The history stores language-neutral codes (ISO dates,
     * enum names, division codes) so that it reads right in Thai and English alike.
     */
    static String historyValue(String field, String value, Map<String, Division> divisionsByCode) {
        if (value == null) {
            return "–";
        }
        return switch (field) {
            case "status" -> t("measure.status." + value);
            case "frequency" -> t("measure.frequency." + value);
            case "signOff" -> t("signoff." + value);
            case "budget" -> value.matches("[A-Z_]+") ? t("measure.budget." + value) : t("measure.budget.baht", value);
            case "startDate", "dueDate", "lastUpdateOn" -> date(LocalDate.parse(value));
            case "frozen" -> t(Boolean.parseBoolean(value) ? "measure.history.frozen" : "measure.history.unfrozen");
            case "leadDivision", "supportingDivisions" -> java.util.Arrays.stream(value.split(",\\s*"))
                    .map(code -> divisionsByCode.containsKey(code) ? division(divisionsByCode.get(code)) : code)
                    .collect(Collectors.joining(", "));
            default -> value;
        };
    }

    static String division(Division d) {
        return d == null ? "" : d.getName(locale());
    }

    static String supporting(Measure m) {
        return m.getSupportingDivisions().stream().map(MeasureTexts::division).collect(Collectors.joining(", "));
    }

    static String items(Measure m) {
        return m.getItems().stream().map(i -> i.getCode()).sorted().collect(Collectors.joining(", "));
    }

    /**
     * A field's value as the measure page and the export show it: dates in the Buddhist era, names and
     * choices in the reader's language, sets sorted; empty when there is none.
     */
    static String display(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(MeasureTexts::display).sorted().collect(Collectors.joining(", "));
        }
        if (value instanceof LocalDate day) {
            return date(day);
        }
        if (value instanceof Division division) {
            return division(division);
        }
        if (value instanceof Item item) {
            return item.getCode();
        }
        if (value instanceof Frequency frequency) {
            return t("measure.frequency." + frequency.name());
        }
        if (value instanceof Budget budget) {
            return budget.kind() == BudgetKind.AMOUNT && budget.amount() != null
                    ? t("measure.budget.baht", String.format(Locale.ROOT, "%,.2f", budget.amount()))
                    : t("measure.budget." + budget.kind().name());
        }
        if (value instanceof Kpi kpi) {
            return kpi(kpi);
        }
        return value.toString();
    }

    private static String kpi(Kpi kpi) {
        if (kpi.target() == null && kpi.comparator() == null) {
            return kpi.unit() == null ? t("measure.kpiNone") : kpi.unit();
        }
        return (kpi.comparator() == null ? "" : kpi.comparator().symbol() + " ")
                + (kpi.target() == null ? "" : kpi.target().stripTrailingZeros().toPlainString())
                + (kpi.unit() == null ? "" : " " + kpi.unit());
    }

    static Span statusBadge(Measure m) {
        Span badge = new Span(status(m.getStatus()));
        String theme = switch (m.getStatus()) {
            case DRAFT -> "badge contrast";
            case ACTIVE -> "badge";
            case DONE, VERIFIED -> "badge success";
            case CANCELLED -> "badge error";
        };
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    static Span lateBadge() {
        Span late = new Span(t("measures.late"));
        late.getElement().getThemeList().add("badge error primary");
        return late;
    }

    static Component statusCell(Measure m, LocalDate today) {
        HorizontalLayout cell = new HorizontalLayout(statusBadge(m));
        cell.setSpacing(true);
        if (m.isLate(today)) {
            cell.add(lateBadge());
        }
        return cell;
    }

    static Component progressCell(Measure m) {
        ProgressBar bar = new ProgressBar(0, 100, m.getProgress());
        bar.setWidth("80px");
        Span value = new Span(m.getProgress() + "%");
        HorizontalLayout cell = new HorizontalLayout(bar, value);
        cell.setAlignItems(HorizontalLayout.Alignment.CENTER);
        return cell;
    }
}
