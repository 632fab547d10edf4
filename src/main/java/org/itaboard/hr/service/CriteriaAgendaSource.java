package org.itaboard.hr.service;

import java.time.Clock;
import java.util.List;
import org.itaboard.base.domain.BuddhistDates;
import org.itaboard.meetings.domain.AgendaSection;
import org.itaboard.meetings.service.AgendaContext;
import org.itaboard.meetings.service.AgendaProposal;
import org.itaboard.meetings.service.AgendaSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Personnel criteria waiting for the executives' approval, one agenda entry per version: the weekly meeting is where
 * the District Director approves them (O27/O28 scored 0 in 2565 because they were never published).
 */
@Component
@Order(60)
class CriteriaAgendaSource implements AgendaSource {

    static final String TOPIC = "criteria";

    private final CriteriaService criteria;
    private final Clock clock;

    CriteriaAgendaSource(CriteriaService criteria, Clock clock) {
        this.criteria = criteria;
        this.clock = clock;
    }

    @Override
    public List<AgendaProposal> proposals(AgendaContext context) {
        return criteria.awaitingApproval(context.office()).stream()
                .map(v -> new AgendaProposal(AgendaSection.CONSIDERATION, TOPIC, TOPIC + ":" + v.getId(),
                        "ขออนุมัติ " + v.getTitle() + " ฉบับที่ " + v.getNumber(),
                        v.getSubmittedAt() == null ? null : "เสนอเมื่อ " + BuddhistDates.format(
                                v.getSubmittedAt().atZone(clock.getZone()).toLocalDate()),
                        "hr/documents/" + v.getDocument().getId(), null, null))
                .toList();
    }
}
