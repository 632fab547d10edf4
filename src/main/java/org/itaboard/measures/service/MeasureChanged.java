package org.itaboard.measures.service;

/**
 * Published by the measure and evidence services whenever a measure, its progress or its evidence is saved;
 * delivered to {@link MeasureChangeBroadcaster}'s subscribers only once the transaction has committed, so a
 * refused or rolled-back save never reaches an open dashboard.
 *
 * @param measureId the measure that changed
 * @param beYear its fiscal year (Buddhist Era)
 */
public record MeasureChanged(Long measureId, int beYear) {
}
