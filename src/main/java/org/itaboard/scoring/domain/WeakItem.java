package org.itaboard.scoring.domain;

import org.itaboard.fiscalyear.domain.Tool;

import java.math.BigDecimal;

/**
 * An item to improve. {@code belowThreshold} is false when nothing fell below the threshold and the item is
 * shown only as one of the lowest ("lowest, none below threshold").
 */
public record WeakItem(String code, Tool tool, BigDecimal score, boolean belowThreshold) {
}
