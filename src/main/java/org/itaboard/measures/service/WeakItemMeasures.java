package org.itaboard.measures.service;

import java.util.List;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.measures.domain.Measure;
import org.itaboard.scoring.domain.WeakItem;

/** A weak item of the year with the measures that address it (none yet, maybe). */
public record WeakItemMeasures(WeakItem weak, Item item, List<Measure> measures) {

    public boolean uncovered() {
        return measures.isEmpty();
    }
}
