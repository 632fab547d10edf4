package org.itaboard.scoring.domain;

import org.itaboard.fiscalyear.domain.Grade;
import org.itaboard.fiscalyear.domain.Tool;

import java.math.BigDecimal;

/** An item with its grade (null when not scored or when the scheme does not grade items). */
public record ItemResult(String code, Tool tool, int indicator, String subIndicator, BigDecimal score, Grade grade) {
}
