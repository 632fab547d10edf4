package org.itaboard.measures.domain;

import java.math.BigDecimal;

/** What a measure costs: not known yet, no budget needed, or an amount in baht (which counts only then). */
public record Budget(BudgetKind kind, BigDecimal amount) {

    public Budget withKind(BudgetKind newKind) {
        return new Budget(newKind, amount);
    }

    public Budget withAmount(BigDecimal newAmount) {
        return new Budget(kind, newAmount);
    }

    /** The history's text: the amount as a plain number, otherwise the kind's name. */
    String describe() {
        if (kind != BudgetKind.AMOUNT) {
            return kind == null ? null : kind.name();
        }
        return amount == null ? null : amount.stripTrailingZeros().toPlainString();
    }
}
