package org.itaboard.oit.service;

import java.util.List;
import org.itaboard.fiscalyear.domain.Item;

/**
 * What copying a checklist to a new year did: each item carried over, and how its item of the new year was found, and
 * the items of the old year that have no item in the new one (their work is not carried; the coordinator decides).
 */
public record CopyResult(List<Mapping> mapped, List<Item> unmapped) {

    /** How the new year's item was found. */
    public enum MappedBy {
        /** The same code and the same topic. */
        CODE,
        /** The coordinator's crosswalk links the two items. */
        CROSSWALK,
        /** Another code with the same topic (the NACC renumbered the item). */
        TOPIC
    }

    public record Mapping(Item from, Item to, MappedBy by) {
    }
}
