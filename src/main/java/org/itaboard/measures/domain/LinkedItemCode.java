package org.itaboard.measures.domain;

/** The code of an item some measure of the year links: how the offices overview finds weak items without a measure. */
public record LinkedItemCode(Long fiscalYearId, String code) {
}
