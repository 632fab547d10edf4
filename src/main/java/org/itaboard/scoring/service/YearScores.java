package org.itaboard.scoring.service;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.fiscalyear.service.Catalogue;
import org.itaboard.scoring.domain.ItemResult;
import org.itaboard.scoring.domain.ScoreResult;

/** One year's catalogue with what the engine computed from it. */
public record YearScores(Catalogue catalogue, ScoreResult result) {

    public FiscalYear year() {
        return catalogue.year();
    }

    public Map<String, Item> itemsByCode() {
        return catalogue.items().stream().collect(Collectors.toMap(Item::getCode, Function.identity()));
    }

    public Map<String, ItemResult> itemResultsByCode() {
        return result.items().stream().collect(Collectors.toMap(ItemResult::code, Function.identity()));
    }
}
