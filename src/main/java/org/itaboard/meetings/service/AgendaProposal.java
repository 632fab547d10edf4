package org.itaboard.meetings.service;

import org.itaboard.meetings.domain.AgendaSection;

/**
 * A subject a source proposes for the agenda.
 *
 * @param topic what kind of subject it is; the UI shows it as {@code meetings.topic.<topic>}
 * @param subjectKey names the subject across refreshes ("measure-late:12"), so the coordinator's order and drops stay
 * @param title the agenda's wording (Thai: the agenda and its minutes are the office's Thai record)
 * @param link the route of the item or measure it is about, e.g. {@code measures/12}; null for none
 * @param measureId the measure shown live in the presentation, or null
 * @param itemCode the item whose score history the presentation shows, or null
 */
public record AgendaProposal(AgendaSection section, String topic, String subjectKey, String title, String detail,
        String link, Long measureId, String itemCode) {
}
