package org.itaboard.hr.service;

import java.util.List;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.hr.domain.Completeness;

/**
 * What the assessors judged in the latest scored year before this one: the year's personnel items (sub-indicator
 * 9.4, whatever their codes that year: O25–O28 in 2565, O16 in 2567) with their scores, and what the office's
 * documents lacked then.
 */
public record LastAssessment(FiscalYear year, List<Item> items, Completeness completeness) {
}
