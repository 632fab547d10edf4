package org.itaboard.measures.domain;

import java.math.BigDecimal;

/** How a measure's success is judged, e.g. "≥ 80 % ความพึงพอใจ"; each part may still be missing. */
public record Kpi(Comparator comparator, BigDecimal target, String unit) {

    public Kpi withComparator(Comparator newComparator) {
        return new Kpi(newComparator, target, unit);
    }

    public Kpi withTarget(BigDecimal newTarget) {
        return new Kpi(comparator, newTarget, unit);
    }

    public Kpi withUnit(String newUnit) {
        return new Kpi(comparator, target, newUnit);
    }

    /** The history's text, e.g. "≥ 80 %"; none while neither a comparator nor a target is set. */
    String describe() {
        if (comparator == null && target == null) {
            return null;
        }
        return (comparator == null ? "" : comparator.symbol() + " ")
                + (target == null ? "" : target.stripTrailingZeros().toPlainString())
                + (unit == null || unit.isBlank() ? "" : " " + unit);
    }
}
