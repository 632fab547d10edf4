package org.itaboard.measures.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.measures.domain.Measure;
import org.itaboard.scoring.domain.WeakItem;

/** A weak item of the year with the measures that address it (none yet, maybe). */
public record WeakItemMeasures(WeakItem weak, Item item, List<Measure> measures) {

    public boolean uncovered() {
        return measures.isEmpty();
    }

    /**
     * A year's measures by the codes of the items they link, in the order given: how a weak item finds the
     * measures that address it (the offices overview matches by the same codes, read without the measures).
     */
    static Map<String, List<Measure>> byItemCode(List<Measure> measuresOfTheYear) {
        Map<String, List<Measure>> byItem = new LinkedHashMap<>();
        for (Measure m : measuresOfTheYear) {
            m.getItems().forEach(i -> byItem.computeIfAbsent(i.getCode(), c -> new ArrayList<>()).add(m));
        }
        return byItem;
    }
}
