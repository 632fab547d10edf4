package org.itaboard.measures.service;

import org.itaboard.measures.domain.Measure;

/**
 * Published by the measure and evidence services whenever a measure, its progress or its evidence is saved;
 * delivered to {@link MeasureChangeBroadcaster}'s subscribers only once the transaction has committed, so a
 * refused or rolled-back save never reaches an open dashboard.
 *
 * @param measureId the measure that changed
 * @param officeId the office whose measure it is (only that office's dashboards need to follow)
 * @param beYear its fiscal year (Buddhist Era)
 */
public record MeasureChanged(Long measureId, Long officeId, int beYear) {

    static MeasureChanged of(Measure measure) {
        return new MeasureChanged(measure.getId(), measure.getFiscalYear().getOffice().getId(),
                measure.getFiscalYear().getBeYear());
    }
}
