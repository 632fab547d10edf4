package org.itaboard.scoring.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.fiscalyear.service.Catalogue;
import org.itaboard.scoring.domain.ItemResult;
import org.itaboard.scoring.domain.ScoreResult;
import org.itaboard.scoring.domain.ScoreSheet;

/**
 * One year's catalogue with what the engine computed from it.
 *
 * @param sheet the engine's input: the catalogue's item scores and the year's printed figures
 */
public record YearScores(Catalogue catalogue, ScoreSheet sheet, ScoreResult result) {

    public FiscalYear year() {
        return catalogue.year();
    }

    public Map<String, Item> itemsByCode() {
        return catalogue.items().stream().collect(Collectors.toMap(Item::getCode, Function.identity()));
    }

    public Map<String, ItemResult> itemResultsByCode() {
        return result.items().stream().collect(Collectors.toMap(ItemResult::code, Function.identity()));
    }

    /**
     * The newest of {@code oldestFirst} whose ITA has a value (computed or printed), picked from years already
     * scored, so a page that also needs every year does not score them all a second time.
     */
    public static Optional<YearScores> latestScored(List<YearScores> oldestFirst) {
        for (int i = oldestFirst.size() - 1; i >= 0; i--) {
            if (oldestFirst.get(i).result().ita().value() != null) {
                return Optional.of(oldestFirst.get(i));
            }
        }
        return Optional.empty();
    }
}
