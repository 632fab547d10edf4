package org.itaboard.oit.service;

import java.math.BigDecimal;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.oit.domain.ChecklistItem;

/**
 * One OIT item of the year on the checklist: the catalogue item, what the office does for it (an unsaved, empty
 * checklist item while nothing was started), the score when known, and what the signed-in user may do with it.
 */
public record ChecklistRow(Item item, ChecklistItem entry, BigDecimal score, ChecklistActions actions) {
}
