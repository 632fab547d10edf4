package org.itaboard.fiscalyear.service;

import org.itaboard.fiscalyear.domain.Tool;

/**
 * One item of a catalogue being imported, already checked and in canonical form.
 *
 * @param subIndicator OIT only: the two-level sub-indicator scoring groups by ("9.1")
 * @param thirdLevel   OIT only, optional: a third level shown beside the item ("9.1.3")
 */
public record CatalogueEntry(String code, Tool tool, int indicator, String subIndicator, String thirdLevel,
                             String topicTh, String topicEn) {
}
