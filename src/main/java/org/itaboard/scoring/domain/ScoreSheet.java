package org.itaboard.scoring.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a report gives for one office and fiscal year: item scores, and the aggregate figures it printed,
 * keyed by canonical aggregate code (ITA, IIT, EIT, OIT, IND1…IND10, SUB9.1…; see {@link ItemCodes}).
 * Indicators and sub-indicators may appear in {@code published} without any of their items.
 */
public record ScoreSheet(List<ScoredItem> items, Map<String, BigDecimal> published) {

    public ScoreSheet {
        items = List.copyOf(items);
        published = Map.copyOf(published);
    }
}
