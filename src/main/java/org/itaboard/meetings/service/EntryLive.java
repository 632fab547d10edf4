package org.itaboard.meetings.service;

import java.util.List;
import java.util.Optional;
import org.itaboard.meetings.domain.AgendaDataRepository.ScorePoint;
import org.itaboard.meetings.domain.AgendaEntry;
import org.itaboard.measures.domain.Measure;
import org.itaboard.measures.domain.ProgressUpdate;
import org.itaboard.projection.service.SavedScenario;

/**
 * What the meeting-room screen shows with an agenda entry, read at the moment it is shown: the measure with its
 * latest reports and newest photo, or the item's score over the years.
 *
 * @param photoEvidenceId the measure's newest photo, served by the evidence service
 * @param scenario        the saved projection scenario of the entry, with what it gives today
 */
public record EntryLive(AgendaEntry entry, Optional<Measure> measure, List<ProgressUpdate> latestReports,
        Optional<Long> photoEvidenceId, List<ScorePoint> scoreHistory, Optional<SavedScenario> scenario) {
}
