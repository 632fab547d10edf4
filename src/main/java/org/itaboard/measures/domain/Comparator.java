package org.itaboard.measures.domain;

import java.math.BigDecimal;

/** How a KPI's result is compared with its target, e.g. "≥ 80 %". */
public enum Comparator {
    GE("≥"),
    GT(">"),
    EQ("="),
    LE("≤"),
    LT("<");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean isMet(BigDecimal actual, BigDecimal target) {
        int c = actual.compareTo(target);
        return switch (this) {
            case GE -> c >= 0;
            case GT -> c > 0;
            case EQ -> c == 0;
            case LE -> c <= 0;
            case LT -> c < 0;
        };
    }
}
