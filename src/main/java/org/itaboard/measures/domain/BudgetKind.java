package org.itaboard.measures.domain;

/** "No budget" (ไม่ใช้งบประมาณ) is an answer; UNKNOWN means nobody said yet. */
public enum BudgetKind {
    UNKNOWN,
    NONE,
    AMOUNT
}
