package org.itaboard.scoring.domain;

import org.itaboard.fiscalyear.domain.Tool;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the engine works out for one score sheet.
 *
 * @param tools         IIT, EIT, OIT in that order, each present even when not scored
 * @param weighted      each tool's share of the ITA, in the same order; the ITA is their sum
 * @param indicators    by indicator number
 * @param subIndicators by indicator, then sub-indicator number
 * @param items         by tool, then natural code order
 * @param weakItems     lowest first
 */
public record ScoreResult(AggregateScore ita, Map<Tool, AggregateScore> tools, Map<Tool, WeightedScore> weighted,
                          List<AggregateScore> indicators, List<AggregateScore> subIndicators, List<ItemResult> items,
                          List<WeakItem> weakItems) {

    public ScoreResult {
        tools = Collections.unmodifiableMap(new EnumMap<>(tools));
        weighted = Collections.unmodifiableMap(new EnumMap<>(weighted));
        indicators = List.copyOf(indicators);
        subIndicators = List.copyOf(subIndicators);
        items = List.copyOf(items);
        weakItems = List.copyOf(weakItems);
    }

    /** Every aggregate, top-down: ITA, tools, indicators, sub-indicators. */
    public List<AggregateScore> aggregates() {
        List<AggregateScore> all = new ArrayList<>();
        all.add(ita);
        all.addAll(tools.values());
        all.addAll(indicators);
        all.addAll(subIndicators);
        return all;
    }

    /** Aggregates whose computed and printed figures differ by more than 0.01. */
    public List<AggregateScore> mismatches() {
        return aggregates().stream().filter(AggregateScore::mismatch).toList();
    }

    /** Looks an aggregate up by its code (ITA, OIT, IND9, SUB9.1 …). */
    public Optional<AggregateScore> aggregate(String code) {
        return aggregates().stream().filter(a -> a.code().equals(code)).findFirst();
    }
}
